import {
  CancelSessionDto,
  CompleteSessionDto,
  GetSessionDto,
  ListSessionEnrolmentsDto,
  ListSessionsDto,
  RecordAttendanceDto,
  RescheduleSessionDto,
  ScheduleSessionDto,
  TrainingRpc,
  type EnrolmentView,
  type SessionCompletionView,
  type SessionPage,
  type SessionView,
} from '@alliance/contracts/training';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SessionCommandsService } from './session-commands.service';
import { SessionQueriesService } from './session-queries.service';

@Controller()
export class SessionRpcController {
  constructor(
    @Inject(SessionCommandsService) private readonly commands: SessionCommandsService,
    @Inject(SessionQueriesService) private readonly queries: SessionQueriesService,
  ) {}

  @MessagePattern(TrainingRpc.scheduleSession)
  schedule(
    @Payload('body') body: ScheduleSessionDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<SessionView> {
    return this.commands.schedule(body, ctx);
  }

  @MessagePattern(TrainingRpc.rescheduleSession)
  reschedule(
    @Payload('body') body: RescheduleSessionDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<SessionView> {
    return this.commands.reschedule(body, ctx);
  }

  @MessagePattern(TrainingRpc.cancelSession)
  cancel(@Payload('body') body: CancelSessionDto, @RpcContext() ctx: RequestContext): Promise<SessionView> {
    return this.commands.cancel(body, ctx);
  }

  @MessagePattern(TrainingRpc.completeSession)
  complete(
    @Payload('body') body: CompleteSessionDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<SessionCompletionView> {
    return this.commands.complete(body, ctx);
  }

  @MessagePattern(TrainingRpc.recordAttendance)
  attendance(
    @Payload('body') body: RecordAttendanceDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<SessionView> {
    return this.commands.recordAttendance(body, ctx);
  }

  @MessagePattern(TrainingRpc.getSession)
  get(@Payload('body') body: GetSessionDto): Promise<SessionView> {
    return this.queries.get(body.id);
  }

  @MessagePattern(TrainingRpc.listSessions)
  list(@Payload('body') body: ListSessionsDto): Promise<SessionPage> {
    return this.queries.list(body);
  }

  @MessagePattern(TrainingRpc.listSessionEnrolments)
  enrolments(
    @Payload('body') body: ListSessionEnrolmentsDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<EnrolmentView[]> {
    return this.queries.enrolmentsOf(body.id, ctx);
  }
}
