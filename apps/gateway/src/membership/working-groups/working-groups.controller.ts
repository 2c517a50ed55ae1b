import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  FormWorkingGroupDto,
  ListWorkingGroupsDto,
  MembershipRpc,
  type WorkingGroupView,
} from '@alliance/contracts/membership';
import { Allow } from '../../auth/access.decorator';
import { Role, ROLES } from '@alliance/contracts';
import { ContractQueryPipe } from '../../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../../http/request-context';
import { UuidParam } from '../../http/uuid-param.pipe';
import {
  AddWorkingGroupMemberBody,
  DissolveWorkingGroupBody,
  NameWorkingGroupChairBody,
  RemoveWorkingGroupMemberQuery,
} from '../members/member-bodies';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  arrayOf,
  FORWARDED_ERRORS,
  ref,
} from '../../openapi/api-docs.decorators';
import { ServiceForwarder } from '../../rpc/service-forwarder';

const CHANGE_ERRORS = [...FORWARDED_ERRORS, 404, 409, 422] as const;

/** 工作小组: anyone signed in reads them; only alliance admins run them. */
@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(Role.AllianceAdmin)
  @ApiSummary('Form a working group', 'The chair and any further members must be admitted organisations.')
  @ApiJsonBody(FormWorkingGroupDto)
  @ApiResult(201, ref('WorkingGroup'), 'Formed.')
  @ApiProblems(...CHANGE_ERRORS)
  form(@Ctx() ctx: RequestContext, @Body() body: FormWorkingGroupDto): Promise<WorkingGroupView> {
    return this.forward.send(MembershipRpc.formWorkingGroup, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary('List working groups', 'Dissolved groups only when asked for with `status`.')
  @ApiQueryFrom(ListWorkingGroupsDto)
  @ApiResult(200, arrayOf(ref('WorkingGroup')))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListWorkingGroupsDto)) query: ListWorkingGroupsDto,
  ): Promise<WorkingGroupView[]> {
    return this.forward.send(MembershipRpc.listWorkingGroups, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One working group with its members')
  @ApiUuidParam('id', 'Working group id')
  @ApiResult(200, ref('WorkingGroup'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<WorkingGroupView> {
    return this.forward.send(MembershipRpc.getWorkingGroup, ctx, { id });
  }

  @Post(':id/members')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Add an admitted organisation to the group')
  @ApiUuidParam('id', 'Working group id')
  @ApiJsonBody(AddWorkingGroupMemberBody)
  @ApiResult(200, ref('WorkingGroup'))
  @ApiProblems(...CHANGE_ERRORS)
  addMember(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: AddWorkingGroupMemberBody,
  ): Promise<WorkingGroupView> {
    return this.forward.send(MembershipRpc.addWorkingGroupMember, ctx, { ...body, id });
  }

  @Delete(':id/members/:memberId')
  @Allow(Role.AllianceAdmin)
  @ApiSummary(
    'Remove an organisation from the group',
    '`expectedVersion` (query) is the group’s current version.',
  )
  @ApiUuidParam('id', 'Working group id')
  @ApiUuidParam('memberId', 'Member organisation id')
  @ApiQueryFrom(RemoveWorkingGroupMemberQuery)
  @ApiResult(200, ref('WorkingGroup'))
  @ApiProblems(...CHANGE_ERRORS)
  removeMember(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
    @Query(new ContractQueryPipe(RemoveWorkingGroupMemberQuery)) query: RemoveWorkingGroupMemberQuery,
  ): Promise<WorkingGroupView> {
    return this.forward.send(MembershipRpc.removeWorkingGroupMember, ctx, {
      id,
      organisationId: memberId,
      expectedVersion: query.expectedVersion,
    });
  }

  @Post(':id/chair')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Name the chair',
    'An admitted organisation, which joins the group if it is not a member yet; the former chair stays a ' +
      'member. Above all for a group left without a chair (`needsChair`).',
  )
  @ApiUuidParam('id', 'Working group id')
  @ApiJsonBody(NameWorkingGroupChairBody)
  @ApiResult(200, ref('WorkingGroup'))
  @ApiProblems(...CHANGE_ERRORS)
  nameChair(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: NameWorkingGroupChairBody,
  ): Promise<WorkingGroupView> {
    return this.forward.send(MembershipRpc.nameWorkingGroupChair, ctx, { ...body, id });
  }

  @Post(':id/dissolve')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Dissolve the group')
  @ApiUuidParam('id', 'Working group id')
  @ApiJsonBody(DissolveWorkingGroupBody)
  @ApiResult(200, ref('WorkingGroup'))
  @ApiProblems(...CHANGE_ERRORS)
  dissolve(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: DissolveWorkingGroupBody,
  ): Promise<WorkingGroupView> {
    return this.forward.send(MembershipRpc.dissolveWorkingGroup, ctx, { ...body, id });
  }
}
