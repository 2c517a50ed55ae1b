import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ReportService } from './report.service';

const HOUR = 3_600_000;

/**
 * Runs the expiry check a minute after start and then every six hours: what came due today is announced
 * on the first run of the day, and a missed day is caught up by the next run (announcements are recorded,
 * so reruns announce nothing twice). `TRAINING_EXPIRY_CHECK=off` leaves it to the RPC (tests).
 */
@Injectable()
export class ExpiryCheckScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ExpiryCheck');
  private timer?: NodeJS.Timeout;

  constructor(@Inject(ReportService) private readonly reports: ReportService) {}

  onApplicationBootstrap(): void {
    if (process.env.TRAINING_EXPIRY_CHECK === 'off') return;
    // Shorter only in tests that run two instances' checks against each other.
    const interval = Number(process.env.TRAINING_EXPIRY_INTERVAL_MS) || 6 * HOUR;
    const run = () => {
      this.reports
        .runExpiryCheck(undefined, undefined)
        .then(
          (r) =>
            r.announced && this.logger.log(`${r.announced} items coming due announced (as of ${r.asOf})`),
        )
        .catch((error: unknown) => this.logger.warn(`expiry check failed: ${(error as Error).message}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(run, interval).unref();
        });
    };
    this.timer = setTimeout(run, Math.min(interval, 60_000)).unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
