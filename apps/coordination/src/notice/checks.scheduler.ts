import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { requestContext } from '@alliance/messaging';
import { MeetingService } from '../meeting/meeting.service';
import { COORDINATION_CONFIG, type CoordinationConfig } from '../shared/coordination-config';
import { NoticeService } from './notice.service';

/**
 * Runs the acknowledgement reminder check and the action-item overdue check shortly after start and then every
 * `COORDINATION_CHECK_INTERVAL_MS`. Every instance may run them: each reminder and each overdue item is
 * claimed in the database and announced once, by whichever instance gets there first.
 */
@Injectable()
export class ChecksScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CoordinationChecks');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(NoticeService) private readonly notices: NoticeService,
    @Inject(MeetingService) private readonly meetings: MeetingService,
    @Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.checksEnabled) return;
    const run = async () => {
      try {
        const reminders = await this.notices.runReminderCheck({}, requestContext(null, undefined));
        if (reminders.remindersSent)
          this.logger.log(`${reminders.remindersSent} acknowledgement reminders due`);
      } catch (error) {
        this.logger.warn(`reminder check failed: ${(error as Error).message}`);
      }
      try {
        const overdue = await this.meetings.runOverdueCheck({}, requestContext(null, undefined));
        if (overdue.markedOverdue)
          this.logger.log(`${overdue.markedOverdue} action items overdue as of ${overdue.asOf}`);
      } catch (error) {
        this.logger.warn(`overdue check failed: ${(error as Error).message}`);
      }
      if (this.timer) this.timer = setTimeout(() => void run(), this.config.checkIntervalMs).unref();
    };
    // Half a minute after start (the service settles first), or sooner when the interval is shorter.
    this.timer = setTimeout(() => void run(), Math.min(30_000, this.config.checkIntervalMs)).unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
