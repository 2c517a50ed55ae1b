import {
  AcknowledgeNoticeDto,
  CoordinationRpc,
  CreateNoticeDto,
  ListNoticesDto,
  NoticeIdDto,
  PublishNoticeDto,
  RunReminderCheckDto,
  UpdateNoticeDto,
  WithdrawNoticeDto,
  type AcknowledgementReport,
  type NoticePage,
  type NoticeView,
  type ReminderCheckResult,
} from '@alliance/contracts/coordination';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { NoticeService } from './notice.service';

@Controller()
export class NoticeRpcController {
  constructor(@Inject(NoticeService) private readonly notices: NoticeService) {}

  @MessagePattern(CoordinationRpc.createNotice)
  create(@Payload('body') body: CreateNoticeDto, @RpcContext() ctx: RequestContext): Promise<NoticeView> {
    return this.notices.create(body, ctx);
  }

  @MessagePattern(CoordinationRpc.updateNotice)
  update(@Payload('body') body: UpdateNoticeDto, @RpcContext() ctx: RequestContext): Promise<NoticeView> {
    return this.notices.update(body, ctx);
  }

  @MessagePattern(CoordinationRpc.publishNotice)
  publish(@Payload('body') body: PublishNoticeDto, @RpcContext() ctx: RequestContext): Promise<NoticeView> {
    return this.notices.publish(body, ctx);
  }

  @MessagePattern(CoordinationRpc.withdrawNotice)
  withdraw(@Payload('body') body: WithdrawNoticeDto, @RpcContext() ctx: RequestContext): Promise<NoticeView> {
    return this.notices.withdraw(body, ctx);
  }

  @MessagePattern(CoordinationRpc.getNotice)
  get(@Payload('body') body: NoticeIdDto, @RpcContext() ctx: RequestContext): Promise<NoticeView> {
    return this.notices.get(body.id, ctx);
  }

  @MessagePattern(CoordinationRpc.listNotices)
  list(@Payload('body') body: ListNoticesDto, @RpcContext() ctx: RequestContext): Promise<NoticePage> {
    return this.notices.list(body, ctx);
  }

  @MessagePattern(CoordinationRpc.acknowledgeNotice)
  acknowledge(
    @Payload('body') body: AcknowledgeNoticeDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<NoticeView> {
    return this.notices.acknowledge(body, ctx);
  }

  @MessagePattern(CoordinationRpc.noticeAcknowledgements)
  acknowledgements(
    @Payload('body') body: NoticeIdDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<AcknowledgementReport> {
    return this.notices.acknowledgements(body.id, ctx);
  }

  @MessagePattern(CoordinationRpc.runReminderCheck)
  reminders(
    @Payload('body') body: RunReminderCheckDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<ReminderCheckResult> {
    return this.notices.runReminderCheck(body, ctx);
  }
}
