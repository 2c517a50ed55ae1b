import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  ComplianceRpc,
  CreateStandardDto,
  ListStandardsDto,
  type StandardList,
  type StandardView,
} from '@alliance/contracts/compliance';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { PublishStandardBody, RetireStandardBody, UpdateStandardBody } from './compliance-bodies';

const CHANGE_ERRORS = [...FORWARDED_ERRORS, 404, 409] as const;

@ApiTags('compliance: standards')
@Controller('standards')
export class StandardsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(Role.AllianceAdmin)
  @ApiSummary(
    'Author a standard (edition 1, as a draft)',
    'Areas with criteria (points, evidence, veto 一票否决, organisation kinds, training category) and grade bands A–D.',
  )
  @ApiJsonBody(CreateStandardDto)
  @ApiResult(201, ref('Standard'), 'Created as a draft.')
  @ApiProblems(...FORWARDED_ERRORS, 409)
  create(@Ctx() ctx: RequestContext, @Body() body: CreateStandardDto): Promise<StandardView> {
    return this.forward.send<StandardView>(ComplianceRpc.createStandard, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary('Standards and their editions')
  @ApiQueryFrom(ListStandardsDto)
  @ApiResult(200, ref('StandardList'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext, @Query(new ContractQueryPipe(ListStandardsDto)) query: ListStandardsDto) {
    return this.forward.send<StandardList>(ComplianceRpc.listStandards, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One edition with its areas and criteria')
  @ApiUuidParam('id', 'Standard edition id')
  @ApiResult(200, ref('Standard'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<StandardView> {
    return this.forward.send<StandardView>(ComplianceRpc.getStandard, ctx, { id });
  }

  @Put(':id')
  @Allow(Role.AllianceAdmin)
  @ApiSummary(
    'Replace a draft’s content',
    'A published edition is immutable (409): draft the next edition instead.',
  )
  @ApiUuidParam('id', 'Standard edition id')
  @ApiJsonBody(UpdateStandardBody)
  @ApiResult(200, ref('Standard'))
  @ApiProblems(...CHANGE_ERRORS)
  update(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: UpdateStandardBody) {
    return this.forward.send<StandardView>(ComplianceRpc.updateStandard, ctx, { ...body, id });
  }

  @Post(':id/publish')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Publish a draft (draft → published)',
    'The published edition of the same code is retired as superseded.',
  )
  @ApiUuidParam('id', 'Standard edition id')
  @ApiJsonBody(PublishStandardBody)
  @ApiResult(200, ref('Standard'))
  @ApiProblems(...CHANGE_ERRORS)
  publish(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: PublishStandardBody) {
    return this.forward.send<StandardView>(ComplianceRpc.publishStandard, ctx, { ...body, id });
  }

  @Post(':id/retire')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Retire a published edition', 'Audits already planned keep it.')
  @ApiUuidParam('id', 'Standard edition id')
  @ApiJsonBody(RetireStandardBody)
  @ApiResult(200, ref('Standard'))
  @ApiProblems(...CHANGE_ERRORS)
  retire(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: RetireStandardBody) {
    return this.forward.send<StandardView>(ComplianceRpc.retireStandard, ctx, { ...body, id });
  }

  @Post(':id/next-edition')
  @Allow(Role.AllianceAdmin)
  @ApiSummary('Draft the next edition', 'A copy of this published (or retired) edition, as a draft to edit.')
  @ApiUuidParam('id', 'Standard edition id')
  @ApiResult(201, ref('Standard'), 'Created as a draft.')
  @ApiProblems(...CHANGE_ERRORS)
  nextEdition(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<StandardView> {
    return this.forward.send<StandardView>(ComplianceRpc.draftNextEdition, ctx, { id });
  }
}
