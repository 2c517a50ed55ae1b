import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MembershipRpc, type MemberView } from '@alliance/contracts/membership';
import { Allow, ownOrganisation } from '../../auth/access.decorator';
import { withContactsFor } from '../../auth/contacts.policy';
import { Role } from '@alliance/contracts';
import { Ctx, type RequestContext } from '../../http/request-context';
import { UuidParam } from '../../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../../openapi/api-docs.decorators';
import { ServiceForwarder } from '../../rpc/service-forwarder';
import {
  AdmitMemberBody,
  DecideAffordableDesignationBody,
  ExpelMemberBody,
  ReinstateMemberBody,
  RejectMemberBody,
  SuspendMemberBody,
  WithdrawMemberBody,
} from './member-bodies';

const TRANSITION_ERRORS = [...FORWARDED_ERRORS, 404, 409] as const;
const NOTE = 'A stale `expectedVersion` or a transition the current status does not allow answers 409.';

/**
 * Status changes of a member organisation: alliance admins decide them; a member_rep may only withdraw
 * its own organisation (membership enforces the same rule).
 */
@ApiTags('members')
@Controller('members/:id')
export class MemberLifecycleController {
  constructor(private readonly forward: ServiceForwarder) {}

  private async transition(
    subject: string,
    ctx: RequestContext,
    id: string,
    body: object,
  ): Promise<MemberView> {
    return withContactsFor(ctx.caller, await this.forward.send<MemberView>(subject, ctx, { ...body, id }));
  }

  @Post('admit')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Admit an applicant (applied → admitted)', NOTE)
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(AdmitMemberBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...TRANSITION_ERRORS)
  admit(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: AdmitMemberBody) {
    return this.transition(MembershipRpc.admitMember, ctx, id, body);
  }

  @Post('reject')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Reject an applicant (applied → rejected); reason required', NOTE)
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(RejectMemberBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...TRANSITION_ERRORS)
  reject(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: RejectMemberBody) {
    return this.transition(MembershipRpc.rejectMember, ctx, id, body);
  }

  @Post('suspend')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Suspend a member (admitted → suspended); reason required', NOTE)
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(SuspendMemberBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...TRANSITION_ERRORS)
  suspend(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: SuspendMemberBody) {
    return this.transition(MembershipRpc.suspendMember, ctx, id, body);
  }

  @Post('reinstate')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Reinstate a suspended member (suspended → admitted)', NOTE)
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(ReinstateMemberBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...TRANSITION_ERRORS)
  reinstate(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: ReinstateMemberBody,
  ) {
    return this.transition(MembershipRpc.reinstateMember, ctx, id, body);
  }

  @Post('withdraw')
  @Allow(Role.AllianceAdmin, ownOrganisation(Role.MemberRep, 'id'))
  @HttpCode(200)
  @ApiSummary(
    'Record a withdrawal (admitted or suspended → withdrawn)',
    `${NOTE} A member_rep may withdraw its own organisation.`,
  )
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(WithdrawMemberBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...TRANSITION_ERRORS)
  withdraw(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: WithdrawMemberBody) {
    return this.transition(MembershipRpc.withdrawMember, ctx, id, body);
  }

  @Post('expel')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Expel a member (admitted or suspended → expelled); reason required', NOTE)
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(ExpelMemberBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...TRANSITION_ERRORS)
  expel(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: ExpelMemberBody) {
    return this.transition(MembershipRpc.expelMember, ctx, id, body);
  }

  @Post('affordable-designation/decision')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Decide an affordable-place designation under review: keep or revoke',
    'A failed audit (grade `fail` or D) puts the designation under review. `keep` designates it again; ' +
      '`revoke` sets its affordable places to 0 (licensed places stay). The reason is required. ' +
      'A stale `expectedVersion`, or a designation that is not under review, answers 409.',
  )
  @ApiUuidParam('id', 'Member organisation id')
  @ApiJsonBody(DecideAffordableDesignationBody)
  @ApiResult(200, ref('MemberView'))
  @ApiProblems(...TRANSITION_ERRORS)
  decideAffordableDesignation(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: DecideAffordableDesignationBody,
  ) {
    return this.transition(MembershipRpc.decideAffordableDesignation, ctx, id, body);
  }
}
