import { Module } from '@nestjs/common';
import { ContributesSchemas } from '../openapi/contributed-schemas';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { PipelineController } from './pipeline.controller';
import { DeadLetterIdParam, KnownService } from './pipeline-params';
import { PIPELINE_SCHEMAS } from './pipeline-schemas';
import { PipelineViewService } from './pipeline-view.service';

/** `/api/v1/pipeline`: the services' event pipelines and dead letters, for alliance admins. */
@ContributesSchemas(PIPELINE_SCHEMAS)
@Module({
  controllers: [PipelineController],
  providers: [PipelineViewService, ServiceForwarder, KnownService, DeadLetterIdParam],
  exports: [PipelineViewService],
})
export class PipelineModule {}
