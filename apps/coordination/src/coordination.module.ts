import { ServiceModule, type ServiceConfig } from '@alliance/messaging';
import { Module, type DynamicModule } from '@nestjs/common';
import { ActionItemEntity } from './meeting/action-item.entity';
import { MeetingEntity } from './meeting/meeting.entity';
import { MeetingRpcController } from './meeting/meeting.rpc-controller';
import { MeetingService } from './meeting/meeting.service';
import { MemberOrganisationEntity } from './member-projection/member-organisation.entity';
import { MembershipEventsHandler } from './member-projection/membership-events.handler';
import { coordinationMigrations } from './migrations';
import { ChecksScheduler } from './notice/checks.scheduler';
import { NoticeEntity } from './notice/notice.entity';
import { NoticeRpcController } from './notice/notice.rpc-controller';
import { NoticeService } from './notice/notice.service';
import { OrganiserService } from './organiser/organiser.service';
import { PracticeEntity } from './practice/practice.entity';
import { PracticeRpcController } from './practice/practice.rpc-controller';
import { PracticeService } from './practice/practice.service';
import { ComplianceEventsHandler } from './standard-projection/compliance-events.handler';
import {
  COORDINATION_CONFIG,
  coordinationConfigFromEnv,
  type CoordinationConfig,
} from './shared/coordination-config';

export const COORDINATION_SERVICE = 'coordination';

export interface CoordinationOptions {
  /** Overrides of what `COORDINATION_*` says (tests). */
  settings?: Partial<CoordinationConfig>;
}

/** Policy coordination (政策协同): notices with acknowledgement, meetings with sign-in and minutes, the practice library. */
@Module({})
export class CoordinationModule {
  static forRoot(config: ServiceConfig, options: CoordinationOptions = {}): DynamicModule {
    const settings: CoordinationConfig = { ...coordinationConfigFromEnv(), ...options.settings };
    return {
      module: CoordinationModule,
      imports: [
        ServiceModule.forRoot({
          config,
          entities: [MemberOrganisationEntity, NoticeEntity, MeetingEntity, ActionItemEntity, PracticeEntity],
          migrations: coordinationMigrations,
          controllers: [NoticeRpcController, MeetingRpcController, PracticeRpcController],
          providers: [
            { provide: COORDINATION_CONFIG, useValue: settings },
            NoticeService,
            MeetingService,
            PracticeService,
            OrganiserService,
            ChecksScheduler,
            MembershipEventsHandler,
            ComplianceEventsHandler,
          ],
        }),
      ],
    };
  }
}
