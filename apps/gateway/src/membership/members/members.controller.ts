import { Body, Controller, Get, Header, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, Role, ROLES } from '@alliance/contracts';
import {
  AllianceRole,
  ApplyForMembershipDto,
  DistrictFiguresDto,
  ListMembersDto,
  MembershipRpc,
  type DistrictFiguresView,
  type MemberDetail,
  type MemberView,
} from '@alliance/contracts/membership';
import { AccountsService } from '../../accounts/accounts.service';
import { Allow, ownOrganisation } from '../../auth/access.decorator';
import { withContactsFor } from '../../auth/contacts.policy';
import { ContractQueryPipe } from '../../http/contract-query.pipe';
import { ApiProblem, JSON_CONTENT_TYPE } from '../../http/problem-details';
import { Ctx, type RequestContext } from '../../http/request-context';
import { UuidParam } from '../../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../../openapi/api-docs.decorators';
import { ServiceForwarder } from '../../rpc/service-forwarder';
import { UpdateMemberProfileBody } from './member-bodies';

/** HTTP names of list filters whose contract names are longer. */
export const MEMBER_LIST_PARAMS = { districtCode: 'district', text: 'q' } as const;

function refuseAllianceRoleFromRep(ctx: RequestContext, allianceRole: string | undefined): void {
  if (
    ctx.caller.role === Role.MemberRep &&
    allianceRole !== undefined &&
    allianceRole !== AllianceRole.Member
  ) {
    throw new ApiProblem(
      ErrorCode.Forbidden,
      'Only an alliance admin assigns the lead unit and the guidance centre.',
    );
  }
}

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(
    private readonly forward: ServiceForwarder,
    private readonly accounts: AccountsService,
  ) {}

  @Post()
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @ApiSummary(
    'Apply for membership',
    'The organisation starts as `applied`. A member_rep not yet bound to an organisation becomes its representative; ' +
      'one already bound may not apply for another.',
  )
  @ApiJsonBody(ApplyForMembershipDto)
  @ApiResult(201, ref('MemberView'), 'Applied.')
  @ApiProblems(...FORWARDED_ERRORS, 409, 422)
  async apply(@Ctx() ctx: RequestContext, @Body() body: ApplyForMembershipDto): Promise<MemberView> {
    const rep = ctx.caller.role === Role.MemberRep;
    if (rep && ctx.caller.organisationId) {
      throw new ApiProblem(
        ErrorCode.Forbidden,
        `This account already represents organisation ${ctx.caller.organisationId}; an admin can unbind it.`,
      );
    }
    refuseAllianceRoleFromRep(ctx, body.allianceRole);
    const apply = () => this.forward.send<MemberView>(MembershipRpc.applyMember, ctx, body);
    return rep ? this.accounts.applyAsUnboundRep(ctx.caller.userId, apply) : apply();
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary('List member organisations', 'Filters combine with AND; keyset pagination with `cursor`.')
  @ApiQueryFrom(ListMembersDto, MEMBER_LIST_PARAMS)
  @ApiResult(200, ref('MemberPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  @Header('Content-Type', JSON_CONTENT_TYPE)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListMembersDto, MEMBER_LIST_PARAMS)) query: ListMembersDto,
  ): Promise<string> {
    // The page (a MemberPage) passes through as the JSON membership wrote: parsing and re-serialising
    // fifty organisations was the largest part of the gateway's work on this route. Summaries carry no
    // contacts (membership selects their columns by name; member-list.e2e checks the answer).
    return this.forward.sendForJson(MembershipRpc.listMembers, ctx, query);
  }

  @Get('figures/districts')
  @Allow(...ROLES)
  @ApiSummary('Figures per district', 'Members by status and kind, licensed and affordable places.')
  @ApiQueryFrom(DistrictFiguresDto)
  @ApiResult(200, ref('DistrictFiguresView'))
  @ApiProblems(...FORWARDED_ERRORS)
  figures(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(DistrictFiguresDto)) query: DistrictFiguresDto,
  ): Promise<DistrictFiguresView> {
    return this.forward.send<DistrictFiguresView>(MembershipRpc.districtFigures, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One member organisation with its history')
  @ApiUuidParam('id', 'Member organisation id')
  @ApiResult(200, ref('MemberDetail'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  async get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<MemberDetail> {
    return withContactsFor(
      ctx.caller,
      await this.forward.send<MemberDetail>(MembershipRpc.getMember, ctx, { id }),
    );
  }

  @Patch(':id')
  @Allow(Role.AllianceAdmin, ownOrganisation(Role.MemberRep, 'id'))
  @ApiSummary(
    'Update the profile',
    'Absent fields stay as they are; `expectedVersion` must be the current version.',
  )
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(UpdateMemberProfileBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409, 422)
  async update(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateMemberProfileBody,
  ): Promise<MemberView> {
    refuseAllianceRoleFromRep(ctx, body.allianceRole);
    return this.forward.send<MemberView>(MembershipRpc.updateMemberProfile, ctx, { ...body, id });
  }
}
