import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  CoordinationRpc,
  CreateNoticeDto,
  ListNoticesDto,
  RunReminderCheckDto,
  type AcknowledgementReport,
  type NoticePage,
  type NoticeView,
  type ReminderCheckResult,
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
import {
  AcknowledgeNoticeBody,
  PublishNoticeBody,
  UpdateNoticeBody,
  WithdrawNoticeBody,
} from './coordination-bodies';

const CHANGE_ERRORS = [...FORWARDED_ERRORS, 404, 409, 422] as const;
/** Admins organise; a representative may too when its organisation is granted (coordination checks the grant). */
const ORGANISERS = [Role.AllianceAdmin, Role.MemberRep] as const;

/** Notices and policy documents (通知公告 / 政策文件) with their acknowledgement (签收). */
@ApiTags('coordination: notices')
@Controller('notices')
export class NoticesController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(...ORGANISERS)
  @ApiSummary(
    'Draft a notice',
    'Markdown body, category, issuer, audience (the whole alliance, districts, kinds, a working group or listed ' +
      'members) and whether it is to be acknowledged by a deadline. A representative needs its organisation granted.',
  )
  @ApiJsonBody(CreateNoticeDto)
  @ApiResult(201, ref('Notice'), 'Created as a draft.')
  @ApiProblems(...FORWARDED_ERRORS)
  create(@Ctx() ctx: RequestContext, @Body() body: CreateNoticeDto): Promise<NoticeView> {
    return this.forward.send<NoticeView>(CoordinationRpc.createNotice, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'Notices the caller may read',
    'Admins see all; others what is published to the whole alliance or addressed to their organisation. ' +
      '`owing=true`: those a representative’s organisation still has to acknowledge.',
  )
  @ApiQueryFrom(ListNoticesDto)
  @ApiResult(200, ref('NoticePage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext, @Query(new ContractQueryPipe(ListNoticesDto)) query: ListNoticesDto) {
    return this.forward.send<NoticePage>(CoordinationRpc.listNotices, ctx, query);
  }

  @Post('reminder-check')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Send the acknowledgement reminders due now',
    'It also runs on a timer in the service; each organisation that has not acknowledged is reminded once.',
  )
  @ApiJsonBody(RunReminderCheckDto)
  @ApiResult(200, ref('ReminderCheckResult'))
  @ApiProblems(...FORWARDED_ERRORS)
  reminders(@Ctx() ctx: RequestContext, @Body() body: RunReminderCheckDto): Promise<ReminderCheckResult> {
    return this.forward.send<ReminderCheckResult>(CoordinationRpc.runReminderCheck, ctx, body);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One notice, with where the caller’s organisation stands')
  @ApiUuidParam('id', 'Notice id')
  @ApiResult(200, ref('Notice'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<NoticeView> {
    return this.forward.send<NoticeView>(CoordinationRpc.getNotice, ctx, { id });
  }

  @Patch(':id')
  @Allow(...ORGANISERS)
  @ApiSummary('Change a draft')
  @ApiUuidParam('id', 'Notice id')
  @ApiJsonBody(UpdateNoticeBody)
  @ApiResult(200, ref('Notice'))
  @ApiProblems(...CHANGE_ERRORS)
  update(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: UpdateNoticeBody) {
    return this.forward.send<NoticeView>(CoordinationRpc.updateNotice, ctx, { ...body, id });
  }

  @Post(':id/publish')
  @Allow(...ORGANISERS)
  @HttpCode(200)
  @ApiSummary(
    'Publish (draft → published)',
    'The audience is fixed now from the admitted members; a notice it supersedes becomes superseded.',
  )
  @ApiUuidParam('id', 'Notice id')
  @ApiJsonBody(PublishNoticeBody)
  @ApiResult(200, ref('Notice'))
  @ApiProblems(...CHANGE_ERRORS)
  publish(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: PublishNoticeBody) {
    return this.forward.send<NoticeView>(CoordinationRpc.publishNotice, ctx, { ...body, id });
  }

  @Post(':id/withdraw')
  @Allow(...ORGANISERS)
  @HttpCode(200)
  @ApiSummary('Withdraw a published notice, with the reason')
  @ApiUuidParam('id', 'Notice id')
  @ApiJsonBody(WithdrawNoticeBody)
  @ApiResult(200, ref('Notice'))
  @ApiProblems(...CHANGE_ERRORS)
  withdraw(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: WithdrawNoticeBody) {
    return this.forward.send<NoticeView>(CoordinationRpc.withdrawNotice, ctx, { ...body, id });
  }

  @Post(':id/acknowledge')
  // Through the gateway for admins too (so the route is documented and tried like the others); coordination
  // answers them 403: an organisation acknowledges through its own representative only.
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @HttpCode(200)
  @ApiSummary(
    'Acknowledge for one’s organisation (签收)',
    'By the organisation’s representative, once (409 the second time); an optional reply. After the deadline it ' +
      'is recorded as late.',
  )
  @ApiUuidParam('id', 'Notice id')
  @ApiJsonBody(AcknowledgeNoticeBody)
  @ApiResult(200, ref('Notice'))
  @ApiProblems(...CHANGE_ERRORS)
  acknowledge(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: AcknowledgeNoticeBody,
  ): Promise<NoticeView> {
    return this.forward.send<NoticeView>(CoordinationRpc.acknowledgeNotice, ctx, { ...body, id });
  }

  @Get(':id/acknowledgements')
  @Allow(...ORGANISERS)
  @ApiSummary('Who has and has not acknowledged, per district, now')
  @ApiUuidParam('id', 'Notice id')
  @ApiResult(200, ref('NoticeAcknowledgements'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  acknowledgements(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string) {
    return this.forward.send<AcknowledgementReport>(CoordinationRpc.noticeAcknowledgements, ctx, { id });
  }
}
