import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

/**
 * Access tokens name the account only. Role, binding and enabled state are read from the database on
 * every request, so disabling an account or changing its role takes effect on the next request.
 */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(accountId: string): Promise<string> {
    return this.jwt.signAsync({ sub: accountId, typ: 'access' } satisfies AccessTokenClaims);
  }

  /** The account id of a valid, unexpired access token, or null. */
  async accountIdOf(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token, { algorithms: ['HS256'] });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
