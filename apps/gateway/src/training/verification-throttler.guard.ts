import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { ErrorCode } from '@alliance/contracts';
import { ApiProblem } from '../http/problem-details';

/** Verifications per client address and minute: enough for a front desk, too few to walk the code space. */
export const VERIFICATION_RATE_LIMIT = { limit: 30, ttl: 60_000 } as const;

/**
 * Rate-limits the public certificate verification per client address (its own bucket: the throttler keys
 * on the route as well, so it never shares the login's).
 */
@Injectable()
export class VerificationThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return String(req.ip);
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new ApiProblem(
      ErrorCode.RateLimited,
      `Too many verifications from this address; try again in ${detail.timeToBlockExpire} seconds.`,
      [],
      { retryAfterSeconds: detail.timeToBlockExpire },
    );
  }
}
