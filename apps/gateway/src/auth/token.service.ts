import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

/**
 * Access tokens name the account only. Role, binding and enabled state come from the account (through
 * AccountAccessCache, which every account change invalidates), so disabling an account or changing its
 * role takes effect on the next request.
 */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(accountId: string): Promise<string> {
    return this.jwt.signAsync({ sub: accountId, typ: 'access' } satisfies AccessTokenClaims);
  }

  /** The account id of a valid, unexpired access token, or null. */
  accountIdOf(token: string): string | null {
    try {
      // Synchronous: HMAC of a short token, cheaper than verifyAsync's promise and callback round.
      const claims = this.jwt.verify<Partial<AccessTokenClaims>>(token, { algorithms: ['HS256'] });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
