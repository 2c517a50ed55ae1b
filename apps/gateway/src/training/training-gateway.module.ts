import { Module } from '@nestjs/common';
import { ContributesSchemas } from '../openapi/contributed-schemas';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { CoursesController } from './courses.controller';
import { CertificatesController, EnrolmentsController } from './enrolments-certificates.controller';
import { SessionsController } from './sessions.controller';
import { StaffController } from './staff.controller';
import { REQUIREMENT_SCHEMAS } from './requirement-schemas';
import { TrainingRequirementsController } from './requirements.controller';
import { TRAINING_SCHEMAS } from './training-schemas';
import { TrainerAccounts } from './trainer-accounts';
import { TrainingReportsController } from './training-reports.controller';
import { VerificationThrottlerGuard } from './verification-throttler.guard';

/** Everything the gateway serves for the training service: its routes and the OpenAPI schemas of their answers. */
@ContributesSchemas({ ...TRAINING_SCHEMAS, ...REQUIREMENT_SCHEMAS })
@Module({
  controllers: [
    StaffController,
    CoursesController,
    SessionsController,
    EnrolmentsController,
    CertificatesController,
    TrainingReportsController,
    TrainingRequirementsController,
  ],
  providers: [ServiceForwarder, TrainerAccounts, VerificationThrottlerGuard],
})
export class TrainingGatewayModule {}
