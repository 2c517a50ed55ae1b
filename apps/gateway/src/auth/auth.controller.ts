import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, ROLES } from '@alliance/contracts';
import { ConfigService } from '@nestjs/config';
import { AccountsService } from '../accounts/accounts.service';
import { toAccountView, type AccountView } from '../accounts/account.view';
import { ChangePasswordBody, LoginBody } from '../accounts/dto/account.dto';
import { PasswordHasher } from '../accounts/password-hasher';
import { gatewayConfig } from '../config/gateway-config.module';
import { ApiProblem } from '../http/problem-details';
import { Ctx, type RequestContext } from '../http/request-context';
import { ApiJsonBody, ApiProblems, ApiResult, ApiSummary, ref } from '../openapi/api-docs.decorators';
import { Allow, AllowedWithTemporaryPassword, Public } from './access.decorator';
import { LoginLockout } from './lockout/login-lockout';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { TokenService } from './token.service';

export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  /** True while the password is one an admin set: the token then only changes the password. */
  mustChangePassword: boolean;
  account: AccountView;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly lockout: LoginLockout,
    private readonly config: ConfigService,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @HttpCode(200)
  @ApiSummary(
    'Log in with username and password',
    'Rate-limited per client address and username; after repeated failures a username is refused (429 with ' +
      '`Retry-After`) for a while, even with the right password. With `mustChangePassword` the token only ' +
      'serves `POST /api/v1/auth/password`.',
  )
  @ApiJsonBody(LoginBody)
  @ApiResult(200, ref('LoginResult'))
  @ApiProblems(400, 401, 429)
  async login(@Body() body: LoginBody): Promise<LoginResult> {
    const retryAfterSeconds = await this.lockout.retryAfterSeconds(body.username);
    if (retryAfterSeconds > 0) {
      throw new ApiProblem(
        ErrorCode.RateLimited,
        `Too many failed logins for this username; try again in ${retryAfterSeconds} seconds.`,
        [],
        { retryAfterSeconds },
      );
    }
    const account = await this.accounts.findByUsername(body.username);
    const valid = account
      ? await this.hasher.verify(account.passwordHash, body.password)
      : await this.hasher.verifyDecoy(body.password);
    // One answer for an unknown name and a wrong password: the API does not confirm which usernames exist.
    if (!account || !valid) {
      await this.lockout.recordFailure(body.username);
      throw new ApiProblem(ErrorCode.Unauthenticated, 'Wrong username or password.');
    }
    await this.lockout.reset(body.username);
    if (account.disabledAt) throw new ApiProblem(ErrorCode.Unauthenticated, 'The account is disabled.');
    return {
      accessToken: await this.tokens.issue(account.id),
      tokenType: 'Bearer',
      expiresIn: gatewayConfig(this.config).jwtTtlSeconds,
      mustChangePassword: account.mustChangePassword,
      account: toAccountView(account),
    };
  }

  @Post('password')
  @Allow(...ROLES)
  @AllowedWithTemporaryPassword()
  @HttpCode(200)
  @ApiSummary(
    'Change your own password',
    'Required after logging in with a temporary password (set by an admin); until then every other route answers 403.',
  )
  @ApiJsonBody(ChangePasswordBody)
  @ApiResult(200, ref('Account'))
  @ApiProblems(400, 409)
  async changePassword(@Ctx() ctx: RequestContext, @Body() body: ChangePasswordBody): Promise<AccountView> {
    return toAccountView(
      await this.accounts.changeOwnPassword(ctx.caller.userId, body.currentPassword, body.newPassword),
    );
  }

  @Get('me')
  @Allow(...ROLES)
  @ApiSummary('The account of the bearer token')
  @ApiResult(200, ref('Account'))
  async me(@Ctx() ctx: RequestContext): Promise<AccountView> {
    const account = await this.accounts.findById(ctx.caller.userId);
    if (!account)
      throw new ApiProblem(ErrorCode.Unauthenticated, 'The account of this token no longer exists.');
    return toAccountView(account);
  }
}
