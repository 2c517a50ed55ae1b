import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

interface AccessTokenClaims {
  sub: string;
  typ: 'access';
  exp?: number;
}

/** Verified tokens kept; the oldest goes first. Only tokens this gateway's key signed get in. */
const MAX_VERIFIED = 10_000;

/**
 * Access tokens name the account only. Role, binding and enabled state come from the account (through
 * AccountAccessCache, which every account change invalidates), so disabling an account or changing its
 * role takes effect on the next request.
 */
@Injectable()
export class TokenService {
  /**
   * Tokens whose signature has been checked, with their account and expiry: a client sends the same
   * token with every request, and checking it again (HMAC, base64 and JSON of header and claims) was
   * ~4 % of the gateway's CPU. The signing key never changes while the process runs, so a token that
   * verified once verifies again until it expires — which is checked on every use.
   */
  private readonly verified = new Map<string, { accountId: string; expiresAtMs: number }>();

  constructor(private readonly jwt: JwtService) {}

  issue(accountId: string): Promise<string> {
    return this.jwt.signAsync({ sub: accountId, typ: 'access' } satisfies AccessTokenClaims);
  }

  /** The account id of a valid, unexpired access token, or null. */
  accountIdOf(token: string): string | null {
    const known = this.verified.get(token);
    if (known) {
      // jsonwebtoken's rule: expired from the second `exp` on.
      if (Date.now() < known.expiresAtMs) return known.accountId;
      this.verified.delete(token);
      return null;
    }
    let claims: Partial<AccessTokenClaims>;
    try {
      // Synchronous: HMAC of a short token, cheaper than verifyAsync's promise and callback round.
      claims = this.jwt.verify<Partial<AccessTokenClaims>>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
    if (typeof claims.exp === 'number') {
      if (this.verified.size >= MAX_VERIFIED)
        this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { accountId: claims.sub, expiresAtMs: claims.exp * 1000 });
    }
    return claims.sub;
  }
}
