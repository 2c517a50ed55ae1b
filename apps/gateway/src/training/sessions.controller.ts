import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  ListSessionsDto,
  ScheduleSessionDto,
  TrainingRpc,
  type EnrolmentView,
  type SessionCompletionView,
  type SessionPage,
  type SessionView,
} from '@alliance/contracts/training';
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
import { TrainerAccounts } from './trainer-accounts';
import {
  CancelSessionBody,
  CompleteSessionBody,
  RecordAttendanceBody,
  RescheduleSessionBody,
} from './training-bodies';

const MANAGERS = [Role.AllianceAdmin, Role.Trainer] as const;

@ApiTags('training: sessions')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly forward: ServiceForwarder,
    private readonly trainers: TrainerAccounts,
  ) {}

  @Post()
  @Allow(...MANAGERS)
  @ApiSummary(
    'Schedule a session of a published course',
    'Trainers are accounts with the trainer role (others answer 400 naming the field). A trainer’s meetings ' +
      'never overlap: a clash answers 409 naming the session and time it clashes with. At a shared venue ' +
      '(`location.kind` venue, `resourceId`, `organisationId` it is booked for) each meeting is booked at ' +
      'resource sharing: `venue.state` is pending until every booking is approved, then confirmed; a ' +
      'refused, rejected, cancelled or expired booking flags the session with its reason.',
  )
  @ApiJsonBody(ScheduleSessionDto)
  @ApiResult(201, ref('Session'), 'Scheduled.')
  @ApiProblems(...FORWARDED_ERRORS, 404, 409, 422)
  async schedule(@Ctx() ctx: RequestContext, @Body() body: ScheduleSessionDto): Promise<SessionView> {
    await this.trainers.requireTrainers(body.trainerIds);
    return this.forward.send<SessionView>(TrainingRpc.scheduleSession, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'The schedule',
    'By start of the first meeting; keyset pagination with `cursor`. `venueState=flagged`: the sessions whose ' +
      'venue a trainer must see to.',
  )
  @ApiQueryFrom(ListSessionsDto)
  @ApiResult(200, ref('SessionPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext, @Query(new ContractQueryPipe(ListSessionsDto)) query: ListSessionsDto) {
    return this.forward.send<SessionPage>(TrainingRpc.listSessions, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One session with its meetings')
  @ApiUuidParam('id', 'Session id')
  @ApiResult(200, ref('Session'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<SessionView> {
    return this.forward.send<SessionView>(TrainingRpc.getSession, ctx, { id });
  }

  @Get(':id/enrolments')
  @Allow(Role.AllianceAdmin, Role.Trainer, Role.Inspector, Role.MemberRep)
  @ApiSummary(
    'Enrolments of a session',
    'Confirmed, then the waitlist in order. A member_rep sees its own staff only.',
  )
  @ApiUuidParam('id', 'Session id')
  @ApiResult(200, ref('EnrolmentList'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  enrolments(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<EnrolmentView[]> {
    return this.forward.send<EnrolmentView[]>(TrainingRpc.listSessionEnrolments, ctx, { id });
  }

  @Post(':id/reschedule')
  @Allow(...MANAGERS)
  @HttpCode(200)
  @ApiSummary('Move the meetings', 'Enrolled staff’s organisations are told (event).')
  @ApiUuidParam('id', 'Session id')
  @ApiJsonBody(RescheduleSessionBody)
  @ApiResult(200, ref('Session'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  reschedule(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: RescheduleSessionBody,
  ) {
    return this.forward.send<SessionView>(TrainingRpc.rescheduleSession, ctx, { ...body, id });
  }

  @Post(':id/cancel')
  @Allow(...MANAGERS)
  @HttpCode(200)
  @ApiSummary('Cancel a session', 'Every enrolment ends with the reason; the trainers’ time is freed.')
  @ApiUuidParam('id', 'Session id')
  @ApiJsonBody(CancelSessionBody)
  @ApiResult(200, ref('Session'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  cancel(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CancelSessionBody) {
    return this.forward.send<SessionView>(TrainingRpc.cancelSession, ctx, { ...body, id });
  }

  @Post(':id/attendance')
  @Allow(...MANAGERS)
  @HttpCode(200)
  @ApiSummary(
    'Record attendance per meeting',
    'present, late, absent or excused; a later mark replaces an earlier one.',
  )
  @ApiUuidParam('id', 'Session id')
  @ApiJsonBody(RecordAttendanceBody)
  @ApiResult(200, ref('Session'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  attendance(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: RecordAttendanceBody,
  ) {
    return this.forward.send<SessionView>(TrainingRpc.recordAttendance, ctx, { ...body, sessionId: id });
  }

  @Post(':id/complete')
  @Allow(...MANAGERS)
  @HttpCode(200)
  @ApiSummary(
    'Complete a session and issue certificates',
    'Each confirmed participant who attended at least the course’s share of the hours (present or late) gets a certificate.',
  )
  @ApiUuidParam('id', 'Session id')
  @ApiJsonBody(CompleteSessionBody)
  @ApiResult(200, ref('SessionCompletion'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409, 422)
  complete(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: CompleteSessionBody,
  ) {
    return this.forward.send<SessionCompletionView>(TrainingRpc.completeSession, ctx, { ...body, id });
  }
}
