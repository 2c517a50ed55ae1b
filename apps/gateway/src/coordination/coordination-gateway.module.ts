import { Module } from '@nestjs/common';
import { ContributesSchemas } from '../openapi/contributed-schemas';
import { ServiceForwarder } from '../rpc/service-forwarder';
import {
  AttachmentsController,
  NoticeAttachmentsController,
  PracticeAttachmentsController,
} from './attachments.controller';
import { COORDINATION_SCHEMAS } from './coordination-schemas';
import { ActionItemsController, MeetingsController } from './meetings.controller';
import { NoticesController } from './notices.controller';
import { OrganisersController, PracticesController } from './practices.controller';
import { TASK_SCHEMAS, TasksController } from './tasks.controller';

/** Everything the gateway serves for the coordination service: its routes and the OpenAPI schemas of their answers. */
@ContributesSchemas({ ...COORDINATION_SCHEMAS, ...TASK_SCHEMAS })
@Module({
  controllers: [
    NoticesController,
    MeetingsController,
    ActionItemsController,
    PracticesController,
    OrganisersController,
    TasksController,
    NoticeAttachmentsController,
    PracticeAttachmentsController,
    AttachmentsController,
  ],
  providers: [ServiceForwarder],
})
export class CoordinationGatewayModule {}
