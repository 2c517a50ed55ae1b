import {
  AnswerInvitationDto,
  CancelMeetingDto,
  CompleteActionItemDto,
  CoordinationRpc,
  ListActionItemsDto,
  ListMeetingsDto,
  MeetingIdDto,
  PublishMinutesDto,
  RunActionItemOverdueCheckDto,
  ScheduleMeetingDto,
  SignInDto,
  type ActionItemPage,
  type ActionItemView,
  type AttendanceReport,
  type MeetingPage,
  type MeetingView,
  type OverdueItemsResult,
  type SignInCodeView,
  type SignInView,
} from '@alliance/contracts/coordination';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MeetingService } from './meeting.service';

@Controller()
export class MeetingRpcController {
  constructor(@Inject(MeetingService) private readonly meetings: MeetingService) {}

  @MessagePattern(CoordinationRpc.scheduleMeeting)
  schedule(
    @Payload('body') body: ScheduleMeetingDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<MeetingView> {
    return this.meetings.schedule(body, ctx);
  }

  @MessagePattern(CoordinationRpc.cancelMeeting)
  cancel(@Payload('body') body: CancelMeetingDto, @RpcContext() ctx: RequestContext): Promise<MeetingView> {
    return this.meetings.cancel(body, ctx);
  }

  @MessagePattern(CoordinationRpc.getMeeting)
  get(@Payload('body') body: MeetingIdDto, @RpcContext() ctx: RequestContext): Promise<MeetingView> {
    return this.meetings.get(body.id, ctx);
  }

  @MessagePattern(CoordinationRpc.listMeetings)
  list(@Payload('body') body: ListMeetingsDto, @RpcContext() ctx: RequestContext): Promise<MeetingPage> {
    return this.meetings.list(body, ctx);
  }

  @MessagePattern(CoordinationRpc.answerInvitation)
  answer(
    @Payload('body') body: AnswerInvitationDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<MeetingView> {
    return this.meetings.answer(body, ctx);
  }

  @MessagePattern(CoordinationRpc.signInCode)
  code(@Payload('body') body: MeetingIdDto, @RpcContext() ctx: RequestContext): Promise<SignInCodeView> {
    return this.meetings.signInCode(body.id, ctx);
  }

  @MessagePattern(CoordinationRpc.signIn)
  signIn(@Payload('body') body: SignInDto, @RpcContext() ctx: RequestContext): Promise<SignInView> {
    return this.meetings.signIn(body, ctx);
  }

  @MessagePattern(CoordinationRpc.attendance)
  attendance(
    @Payload('body') body: MeetingIdDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<AttendanceReport> {
    return this.meetings.attendance(body.id, ctx);
  }

  @MessagePattern(CoordinationRpc.publishMinutes)
  minutes(@Payload('body') body: PublishMinutesDto, @RpcContext() ctx: RequestContext): Promise<MeetingView> {
    return this.meetings.publishMinutes(body, ctx);
  }

  @MessagePattern(CoordinationRpc.listActionItems)
  items(
    @Payload('body') body: ListActionItemsDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<ActionItemPage> {
    return this.meetings.listActionItems(body, ctx);
  }

  @MessagePattern(CoordinationRpc.completeActionItem)
  complete(
    @Payload('body') body: CompleteActionItemDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<ActionItemView> {
    return this.meetings.completeActionItem(body, ctx);
  }

  @MessagePattern(CoordinationRpc.runOverdueCheck)
  overdue(
    @Payload('body') body: RunActionItemOverdueCheckDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<OverdueItemsResult> {
    return this.meetings.runOverdueCheck(body, ctx);
  }
}
