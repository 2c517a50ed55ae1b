import { ServiceModule, type ServiceConfig } from '@alliance/messaging';
import { Module, type DynamicModule } from '@nestjs/common';
import { CertificateEntity } from './certificate/certificate.entity';
import { CertificateRpcController } from './certificate/certificate.rpc-controller';
import { CertificateService } from './certificate/certificate.service';
import { CourseEntity } from './course/course.entity';
import { CourseRpcController } from './course/course.rpc-controller';
import { CourseService } from './course/course.service';
import { EnrolmentEntity } from './enrolment/enrolment.entity';
import { EnrolmentRpcController } from './enrolment/enrolment.rpc-controller';
import { EnrolmentService } from './enrolment/enrolment.service';
import { MemberOrganisationEntity } from './member-projection/member-organisation.entity';
import { MembershipEventsHandler } from './member-projection/membership-events.handler';
import { trainingMigrations } from './migrations';
import { ExpiryCheckScheduler } from './report/expiry-check.scheduler';
import { ReportRpcController } from './report/report.rpc-controller';
import { ReportService } from './report/report.service';
import { ComplianceEventsHandler } from './requirement/compliance-events.handler';
import { RequirementRpcController } from './requirement/requirement.rpc-controller';
import { RequirementService } from './requirement/requirement.service';
import { ResourcesEventsHandler } from './session-venue/resources-events.handler';
import { SessionVenueService } from './session-venue/session-venue.service';
import { VenueSagaWorker } from './session-venue/venue-saga.worker';
import { SessionCommandsService } from './session/session-commands.service';
import { SessionQueriesService } from './session/session-queries.service';
import { SessionEntity, SessionMeetingEntity } from './session/session.entity';
import { SessionRpcController } from './session/session.rpc-controller';
import { StaffEntity } from './staff/staff.entity';
import { StaffRpcController } from './staff/staff.rpc-controller';
import { StaffService } from './staff/staff.service';

export const TRAINING_SERVICE = 'training';

export const trainingEntities = [
  MemberOrganisationEntity,
  StaffEntity,
  CourseEntity,
  SessionEntity,
  SessionMeetingEntity,
  EnrolmentEntity,
  CertificateEntity,
];

/** Staff (talent records), courses, sessions with waitlists, attendance, certificates and hours. */
@Module({})
export class TrainingModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: TrainingModule,
      imports: [
        ServiceModule.forRoot({
          config,
          entities: trainingEntities,
          migrations: trainingMigrations,
          controllers: [
            StaffRpcController,
            CourseRpcController,
            SessionRpcController,
            EnrolmentRpcController,
            CertificateRpcController,
            ReportRpcController,
            RequirementRpcController,
          ],
          providers: [
            StaffService,
            CourseService,
            SessionCommandsService,
            SessionQueriesService,
            EnrolmentService,
            CertificateService,
            ReportService,
            ExpiryCheckScheduler,
            MembershipEventsHandler,
            SessionVenueService,
            VenueSagaWorker,
            ResourcesEventsHandler,
            RequirementService,
            ComplianceEventsHandler,
          ],
        }),
      ],
    };
  }
}
