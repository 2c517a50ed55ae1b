import {
  ActionIdDto,
  CloseActionDto,
  ComplianceRpc,
  ListFindingsDto,
  ReopenActionDto,
  RespondToActionDto,
  RunOverdueCheckDto,
  type FindingPage,
  type FindingView,
  type OverdueCheckResult,
} from '@alliance/contracts/compliance';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CorrectiveActionService } from './corrective-action.service';

@Controller()
export class CorrectiveActionRpcController {
  constructor(@Inject(CorrectiveActionService) private readonly actions: CorrectiveActionService) {}

  @MessagePattern(ComplianceRpc.respondToAction)
  respond(
    @Payload('body') body: RespondToActionDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<FindingView> {
    return this.actions.respond(body, ctx);
  }

  @MessagePattern(ComplianceRpc.closeAction)
  close(@Payload('body') body: CloseActionDto, @RpcContext() ctx: RequestContext): Promise<FindingView> {
    return this.actions.close(body, ctx);
  }

  @MessagePattern(ComplianceRpc.reopenAction)
  reopen(@Payload('body') body: ReopenActionDto, @RpcContext() ctx: RequestContext): Promise<FindingView> {
    return this.actions.reopen(body, ctx);
  }

  @MessagePattern(ComplianceRpc.getAction)
  get(@Payload('body') body: ActionIdDto, @RpcContext() ctx: RequestContext): Promise<FindingView> {
    return this.actions.get(body.id, ctx);
  }

  @MessagePattern(ComplianceRpc.listFindings)
  list(@Payload('body') body: ListFindingsDto, @RpcContext() ctx: RequestContext): Promise<FindingPage> {
    return this.actions.list(body, ctx);
  }

  @MessagePattern(ComplianceRpc.runOverdueCheck)
  overdue(
    @Payload('body') body: RunOverdueCheckDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<OverdueCheckResult> {
    return this.actions.runOverdueCheck(body, ctx);
  }
}
