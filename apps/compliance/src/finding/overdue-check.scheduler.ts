import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { requestContext } from '@alliance/messaging';
import { COMPLIANCE_CONFIG, type ComplianceConfig } from '../shared/compliance-config';
import { CorrectiveActionService } from './corrective-action.service';

/**
 * Runs the overdue check shortly after start and then every `COMPLIANCE_OVERDUE_CHECK_INTERVAL_MS` (an hour).
 * Every instance may run it: an action is marked and announced once, by whichever gets there first.
 */
@Injectable()
export class OverdueCheckScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OverdueCheck');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(CorrectiveActionService) private readonly actions: CorrectiveActionService,
    @Inject(COMPLIANCE_CONFIG) private readonly config: ComplianceConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.overdueCheckEnabled) return;
    const run = () => {
      this.actions
        .runOverdueCheck({}, requestContext(null, undefined))
        .then(
          (r) =>
            r.markedOverdue &&
            this.logger.log(`${r.markedOverdue} corrective actions overdue as of ${r.asOf}`),
        )
        .catch((error: unknown) => this.logger.warn(`overdue check failed: ${(error as Error).message}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(run, this.config.overdueCheckIntervalMs).unref();
        });
    };
    // Half a minute after start (the service settles first), or sooner when the interval is shorter.
    this.timer = setTimeout(run, Math.min(30_000, this.config.overdueCheckIntervalMs)).unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
