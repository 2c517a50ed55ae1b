import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { ErrorCode } from '@alliance/contracts';
import { ApiProblem } from '../http/problem-details';

/**
 * Rate-limits login attempts per (client address, username): guessing one account's password is
 * slowed, while colleagues behind the same NAT can still log in to their own accounts.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? body.username.toLowerCase().slice(0, 64) : '';
    return `${String(req.ip)}|${username}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new ApiProblem(
      ErrorCode.RateLimited,
      `Too many login attempts; try again in ${detail.timeToBlockExpire} seconds.`,
      [],
      { retryAfterSeconds: detail.timeToBlockExpire },
    );
  }
}
