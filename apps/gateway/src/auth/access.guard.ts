import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@alliance/contracts';
import type { HttpRequest } from '../http/http-types';
import { ApiProblem } from '../http/problem-details';
import { AccountAccessCache } from '../accounts/account-access.cache';
import { ACCESS_METADATA, TEMPORARY_PASSWORD_METADATA, type AccessRule } from './access.decorator';
import { decideAccess } from './access.policy';
import type { Caller } from './caller';
import { TokenService } from './token.service';

/** Global guard: authenticates the bearer token, then applies the route's `@Allow` rule (deny by default). */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountAccessCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule?.public) return true;

    const req = context.switchToHttp().getRequest<HttpRequest>();
    const { caller, mustChangePassword } = await this.authenticate(req);
    req.caller = caller;
    if (
      mustChangePassword &&
      !this.reflector.get<boolean>(TEMPORARY_PASSWORD_METADATA, context.getHandler())
    ) {
      throw new ApiProblem(
        ErrorCode.Forbidden,
        'The password of this account is temporary: set your own with POST /api/v1/auth/password first.',
        [],
        { passwordChangeRequired: true },
      );
    }

    const decision = decideAccess(rule, caller, req.params);
    if (decision === 'allow') return true;
    if (!rule)
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access rule`);
    throw new ApiProblem(ErrorCode.Forbidden, `The role ${caller.role} may not do this.`);
  }

  private async authenticate(req: HttpRequest): Promise<{ caller: Caller; mustChangePassword: boolean }> {
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match)
      throw new ApiProblem(
        ErrorCode.Unauthenticated,
        'A bearer token is required; log in at /api/v1/auth/login.',
      );
    const accountId = this.tokens.accountIdOf(match[1]);
    if (!accountId) throw new ApiProblem(ErrorCode.Unauthenticated, 'The token is invalid or has expired.');
    // Current state, not the token's: every account change invalidates this (see AccountAccessCache).
    const account = await this.accounts.get(accountId);
    if (!account)
      throw new ApiProblem(ErrorCode.Unauthenticated, 'The account of this token no longer exists.');
    if (account.disabled) throw new ApiProblem(ErrorCode.Unauthenticated, 'The account is disabled.');
    return {
      caller: {
        userId: account.id,
        username: account.username,
        role: account.role,
        organisationId: account.organisationId,
      },
      mustChangePassword: account.mustChangePassword,
    };
  }
}
