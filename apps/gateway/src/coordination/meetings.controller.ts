import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  CoordinationRpc,
  ListActionItemsDto,
  ListMeetingsDto,
  RunActionItemOverdueCheckDto,
  ScheduleMeetingDto,
  type ActionItemPage,
  type ActionItemView,
  type AttendanceReport,
  type MeetingPage,
  type MeetingView,
  type OverdueItemsResult,
  type SignInCodeView,
  type SignInView,
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
  AnswerInvitationBody,
  CancelMeetingBody,
  CompleteActionItemBody,
  PublishMinutesBody,
  SignInBody,
} from './coordination-bodies';

const CHANGE_ERRORS = [...FORWARDED_ERRORS, 404, 409, 422] as const;
const ORGANISERS = [Role.AllianceAdmin, Role.MemberRep] as const;
const ACTION_ITEM_LIST_PARAMS = { ownerOrganisationId: 'owner', meetingId: 'meeting' } as const;

/** Alliance meetings, working-group meetings, site visits (实地参访) and forums. */
@ApiTags('coordination: meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(...ORGANISERS)
  @ApiSummary(
    'Schedule a meeting or site visit',
    'Kind, time, place (an address, online, or a venue of resource sharing by its id), agenda and invited ' +
      'organisations (fixed now from the admitted members).',
  )
  @ApiJsonBody(ScheduleMeetingDto)
  @ApiResult(201, ref('CoordinationMeeting'), 'Scheduled.')
  @ApiProblems(...FORWARDED_ERRORS)
  schedule(@Ctx() ctx: RequestContext, @Body() body: ScheduleMeetingDto): Promise<MeetingView> {
    return this.forward.send<MeetingView>(CoordinationRpc.scheduleMeeting, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'Meetings the caller may read',
    'Latest first; others than organisers see those they are invited to.',
  )
  @ApiQueryFrom(ListMeetingsDto)
  @ApiResult(200, ref('CoordinationMeetingPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext, @Query(new ContractQueryPipe(ListMeetingsDto)) query: ListMeetingsDto) {
    return this.forward.send<MeetingPage>(CoordinationRpc.listMeetings, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One meeting with its invitations, minutes and action items')
  @ApiUuidParam('id', 'Meeting id')
  @ApiResult(200, ref('CoordinationMeeting'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<MeetingView> {
    return this.forward.send<MeetingView>(CoordinationRpc.getMeeting, ctx, { id });
  }

  @Post(':id/cancel')
  @Allow(...ORGANISERS)
  @HttpCode(200)
  @ApiSummary('Cancel a scheduled meeting, with the reason')
  @ApiUuidParam('id', 'Meeting id')
  @ApiJsonBody(CancelMeetingBody)
  @ApiResult(200, ref('CoordinationMeeting'))
  @ApiProblems(...CHANGE_ERRORS)
  cancel(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CancelMeetingBody) {
    return this.forward.send<MeetingView>(CoordinationRpc.cancelMeeting, ctx, { ...body, id });
  }

  @Post(':id/rsvp')
  // Admins pass the gateway; coordination answers them 403 (an organisation answers through its representative).
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @HttpCode(200)
  @ApiSummary(
    'Answer the invitation for one’s organisation',
    'Attending with N people, or not; until the meeting starts, a new answer replaces the last.',
  )
  @ApiUuidParam('id', 'Meeting id')
  @ApiJsonBody(AnswerInvitationBody)
  @ApiResult(200, ref('CoordinationMeeting'))
  @ApiProblems(...CHANGE_ERRORS)
  answer(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: AnswerInvitationBody) {
    return this.forward.send<MeetingView>(CoordinationRpc.answerInvitation, ctx, { ...body, id });
  }

  @Get(':id/sign-in-code')
  @Allow(...ORGANISERS)
  @ApiSummary(
    'The sign-in code to show now as a QR code',
    'Signed and bound to this meeting; a new one every minute, refused once expired.',
  )
  @ApiUuidParam('id', 'Meeting id')
  @ApiResult(200, ref('SignInCode'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  code(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<SignInCodeView> {
    return this.forward.send<SignInCodeView>(CoordinationRpc.signInCode, ctx, { id });
  }

  @Post(':id/sign-in')
  @Allow(...ROLES)
  @HttpCode(200)
  @ApiSummary(
    'Sign in with the scanned code',
    'Recorded once per account (409 the second time); an expired code or another meeting’s is refused (422).',
  )
  @ApiUuidParam('id', 'Meeting id')
  @ApiJsonBody(SignInBody)
  @ApiResult(200, ref('SignIn'))
  @ApiProblems(...CHANGE_ERRORS)
  signIn(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: SignInBody) {
    return this.forward.send<SignInView>(CoordinationRpc.signIn, ctx, { ...body, id });
  }

  @Get(':id/attendance')
  @Allow(...ORGANISERS)
  @ApiSummary('Attendance per organisation and district')
  @ApiUuidParam('id', 'Meeting id')
  @ApiResult(200, ref('MeetingAttendance'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  attendance(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<AttendanceReport> {
    return this.forward.send<AttendanceReport>(CoordinationRpc.attendance, ctx, { id });
  }

  @Post(':id/minutes')
  @Allow(...ORGANISERS)
  @HttpCode(200)
  @ApiSummary(
    'Publish the minutes',
    'Summary, decisions and action items (owner organisation, due date), once the meeting has started; once.',
  )
  @ApiUuidParam('id', 'Meeting id')
  @ApiJsonBody(PublishMinutesBody)
  @ApiResult(200, ref('CoordinationMeeting'))
  @ApiProblems(...CHANGE_ERRORS)
  minutes(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: PublishMinutesBody) {
    return this.forward.send<MeetingView>(CoordinationRpc.publishMinutes, ctx, { ...body, id });
  }
}

/** The action items of meetings' minutes, tracked to completion. */
@ApiTags('coordination: meetings')
@Controller('action-items')
export class ActionItemsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'Action items',
    'By due date; a representative sees its own organisation’s. `open=true`: not done.',
  )
  @ApiQueryFrom(ListActionItemsDto, ACTION_ITEM_LIST_PARAMS)
  @ApiResult(200, ref('ActionItemPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListActionItemsDto, ACTION_ITEM_LIST_PARAMS)) query: ListActionItemsDto,
  ): Promise<ActionItemPage> {
    return this.forward.send<ActionItemPage>(CoordinationRpc.listActionItems, ctx, query);
  }

  @Post('overdue-check')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Run the overdue check now',
    'It also runs on a timer in the service; each open item past its due date is announced overdue once.',
  )
  @ApiJsonBody(RunActionItemOverdueCheckDto)
  @ApiResult(200, ref('ActionItemOverdueCheck'))
  @ApiProblems(...FORWARDED_ERRORS)
  overdue(@Ctx() ctx: RequestContext, @Body() body: RunActionItemOverdueCheckDto) {
    return this.forward.send<OverdueItemsResult>(CoordinationRpc.runOverdueCheck, ctx, body);
  }

  @Post(':id/done')
  @Allow(...ORGANISERS)
  @HttpCode(200)
  @ApiSummary(
    'Mark an action item done (open → done)',
    'By an organiser or the owner organisation’s representative.',
  )
  @ApiUuidParam('id', 'Action item id')
  @ApiJsonBody(CompleteActionItemBody)
  @ApiResult(200, ref('ActionItem'))
  @ApiProblems(...CHANGE_ERRORS)
  done(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CompleteActionItemBody) {
    return this.forward.send<ActionItemView>(CoordinationRpc.completeActionItem, ctx, { ...body, id });
  }
}
