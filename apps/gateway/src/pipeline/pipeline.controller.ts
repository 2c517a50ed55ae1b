import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ListDeadLettersRequest,
  PIPELINE_ADMIN_ROLE,
  type DeadLetterPage,
  type DeadLetterView,
  type ReplayResult,
} from '@alliance/contracts/pipeline';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { dtoRef } from '../openapi/contract-schemas';
import { DiscardDeadLetterBody, ReplayDeadLetterBody } from './pipeline-bodies';
import { DeadLetterIdParam, KnownService, OptionalBody } from './pipeline-params';
import { PipelineViewService, type PipelineOverview, type ServicePipeline } from './pipeline-view.service';

const SERVICE_PARAM = ApiParam({
  name: 'service',
  description: 'A service the gateway forwards to (GATEWAY_SERVICES), e.g. `membership`; any other is a 404.',
  schema: { type: 'string' },
});
const ID_PARAM = ApiParam({
  name: 'id',
  description: 'Dead-letter id',
  schema: { type: 'string', pattern: '^[1-9][0-9]*$' },
});

/**
 * The event pipeline of every service, for the people who keep it running: outbox backlog, relay,
 * durable consumers, dead letters — and the two repairs, replay and discard. Alliance admins only.
 */
@ApiTags('pipeline')
@Controller('pipeline')
@Allow(PIPELINE_ADMIN_ROLE)
export class PipelineController {
  constructor(private readonly pipeline: PipelineViewService) {}

  @Get()
  @ApiSummary(
    'Every service’s event pipeline',
    'Outbox backlog (unpublished rows, oldest age), relay (failing since, last error), each durable consumer’s ' +
      'pending / ack-pending / redelivered counts from JetStream, and dead-letter counts. A service that does not ' +
      'answer is listed with `problem` instead of failing the view.',
  )
  @ApiResult(200, ref('PipelineOverview'))
  overview(@Ctx() ctx: RequestContext): Promise<PipelineOverview> {
    return this.pipeline.overview(ctx);
  }

  @Get(':service')
  @ApiSummary('One service’s event pipeline')
  @SERVICE_PARAM
  @ApiResult(200, ref('ServicePipeline'))
  @ApiProblems(404, 503)
  service(
    @Ctx() ctx: RequestContext,
    @Param('service', KnownService) service: string,
  ): Promise<ServicePipeline> {
    return this.pipeline.service(ctx, service);
  }

  @Get(':service/dead-letters')
  @ApiSummary(
    'Dead letters of a service',
    'Open ones (neither replayed nor discarded) unless `status` says otherwise.',
  )
  @SERVICE_PARAM
  @ApiQueryFrom(ListDeadLettersRequest)
  @ApiResult(200, ref('DeadLetterPage'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  deadLetters(
    @Ctx() ctx: RequestContext,
    @Param('service', KnownService) service: string,
    @Query(new ContractQueryPipe(ListDeadLettersRequest)) query: ListDeadLettersRequest,
  ): Promise<DeadLetterPage> {
    return this.pipeline.listDeadLetters(ctx, service, query);
  }

  @Post(':service/dead-letters/:id/replay')
  @HttpCode(200)
  @ApiSummary(
    'Replay a dead letter',
    'Applies it through the consumer’s inbox and handler, as stored or with a corrected `payload` (a whole event ' +
      'envelope). The body may be left out. A replay that fails again answers 422 and records why on the letter.',
  )
  @SERVICE_PARAM
  @ID_PARAM
  @ApiBody({ required: false, schema: dtoRef(ReplayDeadLetterBody) })
  @ApiResult(200, ref('ReplayResult'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409, 422)
  replay(
    @Ctx() ctx: RequestContext,
    @Param('service', KnownService) service: string,
    @Param('id', DeadLetterIdParam) id: string,
    // `unknown`, so that the global body pipe leaves a missing body to OptionalBody.
    @Body(new OptionalBody(ReplayDeadLetterBody)) body: unknown,
  ): Promise<ReplayResult> {
    return this.pipeline.replay(ctx, service, id, (body as ReplayDeadLetterBody).payload);
  }

  @Post(':service/dead-letters/:id/discard')
  @HttpCode(200)
  @ApiSummary(
    'Discard a dead letter, with a reason',
    'It is kept, with the reason, who discarded it and when, and no longer listed as open.',
  )
  @SERVICE_PARAM
  @ID_PARAM
  @ApiJsonBody(DiscardDeadLetterBody)
  @ApiResult(200, ref('DeadLetter'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  discard(
    @Ctx() ctx: RequestContext,
    @Param('service', KnownService) service: string,
    @Param('id', DeadLetterIdParam) id: string,
    @Body() body: DiscardDeadLetterBody,
  ): Promise<DeadLetterView> {
    return this.pipeline.discard(ctx, service, id, body.reason.trim());
  }
}
