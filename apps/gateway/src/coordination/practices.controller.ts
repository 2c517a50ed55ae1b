import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  CoordinationRpc,
  CreatePracticeDto,
  ListPracticesDto,
  OrganiserDto,
  type OrganiserList,
  type PracticePage,
  type PracticeView,
} from '@alliance/contracts/coordination';
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
import { PublishPracticeBody } from './coordination-bodies';

/** The practice library (南部经验): cases, reports and research results others can copy. */
@ApiTags('coordination: practice library')
@Controller('practices')
export class PracticesController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @ApiSummary(
    'Add an entry as a draft',
    'Summary, Markdown body, tags (医育结合, 普惠运营, 托幼一体化, 科学育儿 …), the contributing organisation, ' +
      'standard codes and training categories. A representative needs its organisation granted.',
  )
  @ApiJsonBody(CreatePracticeDto)
  @ApiResult(201, ref('Practice'), 'Created as a draft.')
  @ApiProblems(...FORWARDED_ERRORS)
  create(@Ctx() ctx: RequestContext, @Body() body: CreatePracticeDto): Promise<PracticeView> {
    return this.forward.send<PracticeView>(CoordinationRpc.createPractice, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary('The library', '`q` searches title, summary and tags, in Chinese by characters and pairs.')
  @ApiQueryFrom(ListPracticesDto)
  @ApiResult(200, ref('PracticePage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext, @Query(new ContractQueryPipe(ListPracticesDto)) query: ListPracticesDto) {
    return this.forward.send<PracticePage>(CoordinationRpc.listPractices, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One entry')
  @ApiUuidParam('id', 'Practice id')
  @ApiResult(200, ref('Practice'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<PracticeView> {
    return this.forward.send<PracticeView>(CoordinationRpc.getPractice, ctx, { id });
  }

  @Post(':id/publish')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Publish an entry (draft → published)')
  @ApiUuidParam('id', 'Practice id')
  @ApiJsonBody(PublishPracticeBody)
  @ApiResult(200, ref('Practice'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  publish(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: PublishPracticeBody) {
    return this.forward.send<PracticeView>(CoordinationRpc.publishPractice, ctx, { ...body, id });
  }
}

/** Organisations whose representatives may publish notices and organise meetings (a grant of the alliance). */
@ApiTags('coordination: organisers')
@Controller('coordination/organisers')
export class OrganisersController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get()
  @Allow(Role.AllianceAdmin)
  @ApiSummary('Organisations granted to organise')
  @ApiResult(200, ref('OrganiserList'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext): Promise<OrganiserList> {
    return this.forward.send<OrganiserList>(CoordinationRpc.listOrganisers, ctx, {});
  }

  @Post()
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Grant an admitted organisation to organise',
    'Its representatives may then publish and organise.',
  )
  @ApiJsonBody(OrganiserDto)
  @ApiResult(200, ref('OrganiserList'))
  @ApiProblems(...FORWARDED_ERRORS, 409)
  grant(@Ctx() ctx: RequestContext, @Body() body: OrganiserDto): Promise<OrganiserList> {
    return this.forward.send<OrganiserList>(CoordinationRpc.grantOrganiser, ctx, body);
  }

  @Delete(':organisationId')
  @Allow(Role.AllianceAdmin)
  @ApiSummary('Revoke an organisation’s grant')
  @ApiUuidParam('organisationId', 'Member organisation id')
  @ApiResult(200, ref('OrganiserList'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  revoke(@Ctx() ctx: RequestContext, @Param('organisationId', UuidParam) organisationId: string) {
    return this.forward.send<OrganiserList>(CoordinationRpc.revokeOrganiser, ctx, { organisationId });
  }
}
