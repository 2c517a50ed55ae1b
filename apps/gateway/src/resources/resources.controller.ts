import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  ListResourceDto,
  ReciprocityDto,
  ResourcesRpc,
  SearchResourcesDto,
  type ReciprocityView,
  type ResourcePage,
  type ResourceView,
} from '@alliance/contracts/resources';
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
import { UpdateResourceBody, WithdrawResourceBody } from './resources-bodies';

/** Representatives offer their own organisation's resources (the service checks which); admins any. */
const OFFERERS = [Role.AllianceAdmin, Role.MemberRep] as const;
const CHANGE_ERRORS = [...FORWARDED_ERRORS, 403, 404, 409, 422] as const;

@ApiTags('resources')
@Controller('resources')
export class ResourcesController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(...OFFERERS)
  @ApiSummary(
    'Offer a shared resource (共享资源)',
    'A venue, expert, equipment (booked for a time, with weekly opening hours in Asia/Shanghai and blackout ' +
      'dates), teaching material or spare childcare places (requested by quantity and month). A member_rep ' +
      'offers for its own admitted organisation.',
  )
  @ApiJsonBody(ListResourceDto)
  @ApiResult(201, ref('Resource'), 'Listed.')
  @ApiProblems(...CHANGE_ERRORS)
  list(@Ctx() ctx: RequestContext, @Body() body: ListResourceDto): Promise<ResourceView> {
    return this.forward.send(ResourcesRpc.listResource, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'Find shared resources',
    'Listed ones by default, newest first; `q` searches the title (Chinese characters or Latin letters). ' +
      'A member_rep sees what is offered to the whole alliance, to its district, and its own offers.',
  )
  @ApiQueryFrom(SearchResourcesDto)
  @ApiResult(200, ref('ResourcePage'))
  @ApiProblems(...FORWARDED_ERRORS)
  search(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(SearchResourcesDto)) query: SearchResourcesDto,
  ): Promise<ResourcePage> {
    return this.forward.send(ResourcesRpc.searchResources, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One resource with its hours, blackouts and booking policy')
  @ApiUuidParam('id', 'Resource id')
  @ApiResult(200, ref('Resource'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<ResourceView> {
    return this.forward.send(ResourcesRpc.getResource, ctx, { id });
  }

  @Patch(':id')
  @Allow(...OFFERERS)
  @ApiSummary(
    'Change an offer',
    'Only the fields given change. `expectedVersion` is the version read; a stale one is a 409.',
  )
  @ApiUuidParam('id', 'Resource id')
  @ApiJsonBody(UpdateResourceBody)
  @ApiResult(200, ref('Resource'))
  @ApiProblems(...CHANGE_ERRORS)
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateResourceBody,
  ): Promise<ResourceView> {
    return this.forward.send(ResourcesRpc.updateResource, ctx, { ...body, id });
  }

  @Post(':id/withdraw')
  @Allow(...OFFERERS)
  @HttpCode(200)
  @ApiSummary('Withdraw an offer', 'Future bookings and open requests of it are cancelled with the reason.')
  @ApiUuidParam('id', 'Resource id')
  @ApiJsonBody(WithdrawResourceBody)
  @ApiResult(200, ref('Resource'))
  @ApiProblems(...CHANGE_ERRORS)
  withdraw(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: WithdrawResourceBody,
  ): Promise<ResourceView> {
    return this.forward.send(ResourcesRpc.withdrawResource, ctx, { ...body, id });
  }
}

@ApiTags('resources')
@Controller('reciprocity')
export class ReciprocityController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'Reciprocity of sharing over a period',
    'Per organisation and per district: resources offered, others’ use of them and its use of others’ ' +
      '(hours of approved or completed bookings, place-months, item-months). Own use is not counted.',
  )
  @ApiQueryFrom(ReciprocityDto)
  @ApiResult(200, ref('Reciprocity'))
  @ApiProblems(...FORWARDED_ERRORS)
  reciprocity(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ReciprocityDto)) query: ReciprocityDto,
  ): Promise<ReciprocityView> {
    return this.forward.send(ResourcesRpc.reciprocity, ctx, query);
  }
}
