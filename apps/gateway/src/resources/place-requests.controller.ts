import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  ListPlaceRequestsDto,
  RequestPlacesDto,
  ResourcesRpc,
  type PlaceRequestPage,
  type PlaceRequestView,
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
import { ApprovePlaceRequestBody, CancelPlaceRequestBody, RejectPlaceRequestBody } from './resources-bodies';

const REQUESTERS = [Role.AllianceAdmin, Role.MemberRep] as const;
const CHANGE_ERRORS = [...FORWARDED_ERRORS, 403, 404, 409, 422] as const;

@ApiTags('place requests')
@Controller('place-requests')
export class PlaceRequestsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(...REQUESTERS)
  @ApiSummary(
    'Request spare childcare places or teaching material',
    'A quantity over whole months (`YYYY-MM`, inclusive). Approved requests never exceed the offer in any ' +
      'month: 422 `over_offer` names the month and what is left; `outside_offer` when the months are not offered.',
  )
  @ApiJsonBody(RequestPlacesDto)
  @ApiResult(201, ref('PlaceRequest'), 'Requested (or approved at once under an auto-approve policy).')
  @ApiProblems(...CHANGE_ERRORS)
  request(@Ctx() ctx: RequestContext, @Body() body: RequestPlacesDto): Promise<PlaceRequestView> {
    return this.forward.send(ResourcesRpc.requestPlaces, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'Place and material requests',
    'Newest first. A member_rep reads its organisation’s requests (default) or, with `ownerOrganisationId`, those for its offers.',
  )
  @ApiQueryFrom(ListPlaceRequestsDto)
  @ApiResult(200, ref('PlaceRequestPage'))
  @ApiProblems(...FORWARDED_ERRORS, 403)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListPlaceRequestsDto)) query: ListPlaceRequestsDto,
  ): Promise<PlaceRequestPage> {
    return this.forward.send(ResourcesRpc.listPlaceRequests, ctx, query);
  }

  @Post(':id/approve')
  @Allow(...REQUESTERS)
  @HttpCode(200)
  @ApiSummary(
    'Approve a request (the owner)',
    '422 `over_offer` if the offer no longer covers it in some month.',
  )
  @ApiUuidParam('id', 'Place request id')
  @ApiJsonBody(ApprovePlaceRequestBody)
  @ApiResult(200, ref('PlaceRequest'))
  @ApiProblems(...CHANGE_ERRORS)
  approve(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: ApprovePlaceRequestBody,
  ) {
    return this.forward.send<PlaceRequestView>(ResourcesRpc.approvePlaceRequest, ctx, { ...body, id });
  }

  @Post(':id/reject')
  @Allow(...REQUESTERS)
  @HttpCode(200)
  @ApiSummary('Reject a request with a reason (the owner)')
  @ApiUuidParam('id', 'Place request id')
  @ApiJsonBody(RejectPlaceRequestBody)
  @ApiResult(200, ref('PlaceRequest'))
  @ApiProblems(...CHANGE_ERRORS)
  reject(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: RejectPlaceRequestBody,
  ) {
    return this.forward.send<PlaceRequestView>(ResourcesRpc.rejectPlaceRequest, ctx, { ...body, id });
  }

  @Post(':id/cancel')
  @Allow(...REQUESTERS)
  @HttpCode(200)
  @ApiSummary('Cancel a request with a reason (either side)')
  @ApiUuidParam('id', 'Place request id')
  @ApiJsonBody(CancelPlaceRequestBody)
  @ApiResult(200, ref('PlaceRequest'))
  @ApiProblems(...CHANGE_ERRORS)
  cancel(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: CancelPlaceRequestBody,
  ) {
    return this.forward.send<PlaceRequestView>(ResourcesRpc.cancelPlaceRequest, ctx, { ...body, id });
  }
}
