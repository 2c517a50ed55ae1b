import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ReportService } from './report.service';

/**
 * Every minute (`RESOURCES_EXPIRY_INTERVAL_MS`), requests nobody decided before they began expire; the
 * status changes once, so each is announced once whatever the number of instances.
 * `RESOURCES_EXPIRY_CHECK=off` leaves it to the RPC (tests).
 */
@Injectable()
export class ExpiryCheckScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ExpiryCheck');
  private timer?: NodeJS.Timeout;

  constructor(@Inject(ReportService) private readonly reports: ReportService) {}

  onApplicationBootstrap(): void {
    if (process.env.RESOURCES_EXPIRY_CHECK === 'off') return;
    const interval = Number(process.env.RESOURCES_EXPIRY_INTERVAL_MS) || 60_000;
    const run = () => {
      this.reports
        .runExpiryCheck()
        .then((r) => {
          const n = r.expiredBookings + r.expiredPlaceRequests;
          if (n)
            this.logger.log(`${r.expiredBookings} bookings and ${r.expiredPlaceRequests} requests expired`);
        })
        .catch((error: unknown) => this.logger.warn(`expiry check failed: ${(error as Error).message}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(run, interval).unref();
        });
    };
    this.timer = setTimeout(run, Math.min(interval, 5_000)).unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
