import { ServiceModule, type ServiceConfig } from '@alliance/messaging';
import { fileStorageFor, type FileStorage } from '@alliance/storage';
import { Module, type DynamicModule } from '@nestjs/common';
import { AttachmentRpcController } from './attachment/attachment.rpc-controller';
import { ATTACHMENT_STORAGE, AttachmentService } from './attachment/attachment.service';
import { MeetingVenueService } from './meeting-venue/meeting-venue.service';
import { MeetingVenueWorker } from './meeting-venue/meeting-venue.worker';
import { ResourcesVenueEventsHandler } from './meeting-venue/resources-venue-events.handler';
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
import { ComplianceTasksHandler } from './tasks/compliance-tasks.handler';
import { CoordinationTasksHandler } from './tasks/coordination-tasks.handler';
import { ResourcesTasksHandler } from './tasks/resources-tasks.handler';
import { TaskRpcController } from './tasks/task.rpc-controller';
import { TaskStore } from './tasks/task.store';
import { TrainingTasksHandler } from './tasks/training-tasks.handler';
import {
  COORDINATION_CONFIG,
  coordinationConfigFromEnv,
  type CoordinationConfig,
} from './shared/coordination-config';

export const COORDINATION_SERVICE = 'coordination';

export interface CoordinationOptions {
  /** Overrides of what `COORDINATION_*` says (tests). */
  settings?: Partial<CoordinationConfig>;
  /** Another attachment store than the one the settings choose (tests). */
  storage?: FileStorage;
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
          controllers: [
            NoticeRpcController,
            MeetingRpcController,
            PracticeRpcController,
            AttachmentRpcController,
            TaskRpcController,
          ],
          providers: [
            { provide: COORDINATION_CONFIG, useValue: settings },
            {
              provide: ATTACHMENT_STORAGE,
              useValue: options.storage ?? fileStorageFor(settings.attachments),
            },
            AttachmentService,
            MeetingVenueService,
            MeetingVenueWorker,
            ResourcesVenueEventsHandler,
            NoticeService,
            MeetingService,
            PracticeService,
            OrganiserService,
            ChecksScheduler,
            MembershipEventsHandler,
            ComplianceEventsHandler,
            TaskStore,
            CoordinationTasksHandler,
            ComplianceTasksHandler,
            ResourcesTasksHandler,
            TrainingTasksHandler,
          ],
        }),
      ],
    };
  }
}
