import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { DEFAULT_LOGIN_LOCKOUT, type LoginLockoutConfig } from '../../config/gateway-config';
import { gatewayConfig } from '../../config/gateway-config.module';

const PURGE_EVERY = 100;

/**
 * Slows down password guessing against one username from anywhere (the per-address throttle alone lets
 * an attacker rotate addresses). After `failures` consecutive failed logins the username is refused
 * with 429 for `baseMs`, doubling with each further failure up to `maxMs`: an attacker can delay an
 * account's login by at most `maxMs` at a time, never lock it for good; a success or an admin's
 * password reset starts the count afresh. Counted per username string whether or not the account
 * exists, so a refusal tells nothing about which usernames exist. Times are the database's clock,
 * shared by every gateway instance.
 */
@Injectable()
export class LoginLockout {
  private readonly settings: LoginLockoutConfig;
  private failuresSincePurge = 0;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.settings = gatewayConfig(config).loginLockout ?? DEFAULT_LOGIN_LOCKOUT;
  }

  /** Seconds until this username may try again; 0 when it may try now. */
  async retryAfterSeconds(username: string): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()) * 1000)::bigint AS ms
         FROM login_failures WHERE username = $1 AND locked_until > now()`,
      [username.toLowerCase()],
    )) as Array<{ ms: string }>;
    return rows.length ? Math.max(1, Math.ceil(Number(rows[0].ms) / 1000)) : 0;
  }

  /**
   * Counts a failure (an upsert, so concurrent failures all count), then locks the username once the
   * count reaches the threshold. A count whose last failure is older than `maxMs` starts again, so old
   * typos do not add up over weeks.
   */
  async recordFailure(username: string): Promise<void> {
    const { failures, baseMs, maxMs } = this.settings;
    const name = username.toLowerCase();
    await this.dataSource.query(
      `INSERT INTO login_failures AS f (username, failures, last_failure_at)
       VALUES ($1, 1, now())
       ON CONFLICT (username) DO UPDATE SET
         failures = CASE WHEN f.last_failure_at < now() - $2 * interval '1 millisecond' THEN 1 ELSE f.failures + 1 END,
         last_failure_at = now()`,
      [name, maxMs],
    );
    // The exponent is capped only to keep the arithmetic finite; least() caps the delay itself.
    await this.dataSource.query(
      `UPDATE login_failures
          SET locked_until = now() + least($3::double precision, $2::double precision * power(2, least(failures - $4, 40)))
                                     * interval '1 millisecond'
        WHERE username = $1 AND failures >= $4`,
      [name, baseMs, maxMs, failures],
    );
    // Failures under made-up usernames would otherwise pile up for good; a stale count is void anyway.
    if (++this.failuresSincePurge >= PURGE_EVERY) {
      this.failuresSincePurge = 0;
      await this.dataSource.query(
        `DELETE FROM login_failures
          WHERE last_failure_at < now() - $1 * interval '1 millisecond'
            AND (locked_until IS NULL OR locked_until < now())`,
        [maxMs],
      );
    }
  }

  async reset(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE username = $1`, [username.toLowerCase()]);
  }
}
