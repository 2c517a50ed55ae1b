import {
  AmendAuditDto,
  AnswerCriterionDto,
  AssignInspectorsDto,
  AuditIdDto,
  CancelAuditDto,
  CloseAuditDto,
  ComplianceRpc,
  ListAuditsDto,
  OrganisationStatusDto,
  PlanAuditDto,
  PlanFollowUpDto,
  StartAuditDto,
  SubmitAuditDto,
  type AuditPage,
  type AuditView,
  type OrganisationComplianceView,
} from '@alliance/contracts/compliance';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuditCommandsService } from './audit-commands.service';
import { AuditQueriesService } from './audit-queries.service';

@Controller()
export class AuditRpcController {
  constructor(
    @Inject(AuditCommandsService) private readonly commands: AuditCommandsService,
    @Inject(AuditQueriesService) private readonly queries: AuditQueriesService,
  ) {}

  @MessagePattern(ComplianceRpc.planAudit)
  plan(@Payload('body') body: PlanAuditDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.plan(body, ctx);
  }

  @MessagePattern(ComplianceRpc.planFollowUp)
  planFollowUp(
    @Payload('body') body: PlanFollowUpDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<AuditView> {
    return this.commands.planFollowUp(body, ctx);
  }

  @MessagePattern(ComplianceRpc.assignInspectors)
  assign(@Payload('body') body: AssignInspectorsDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.assign(body, ctx);
  }

  @MessagePattern(ComplianceRpc.startAudit)
  start(@Payload('body') body: StartAuditDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.start(body, ctx);
  }

  @MessagePattern(ComplianceRpc.answerCriterion)
  answer(@Payload('body') body: AnswerCriterionDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.answer(body, ctx);
  }

  @MessagePattern(ComplianceRpc.submitAudit)
  submit(@Payload('body') body: SubmitAuditDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.submit(body, ctx);
  }

  @MessagePattern(ComplianceRpc.amendAudit)
  amend(@Payload('body') body: AmendAuditDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.amend(body, ctx);
  }

  @MessagePattern(ComplianceRpc.closeAudit)
  close(@Payload('body') body: CloseAuditDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.close(body, ctx);
  }

  @MessagePattern(ComplianceRpc.cancelAudit)
  cancel(@Payload('body') body: CancelAuditDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.commands.cancel(body, ctx);
  }

  @MessagePattern(ComplianceRpc.getAudit)
  get(@Payload('body') body: AuditIdDto, @RpcContext() ctx: RequestContext): Promise<AuditView> {
    return this.queries.get(body.id, ctx);
  }

  @MessagePattern(ComplianceRpc.listAudits)
  list(@Payload('body') body: ListAuditsDto, @RpcContext() ctx: RequestContext): Promise<AuditPage> {
    return this.queries.list(body, ctx);
  }

  @MessagePattern(ComplianceRpc.organisationStatus)
  status(
    @Payload('body') body: OrganisationStatusDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<OrganisationComplianceView> {
    return this.queries.organisationStatus(body.organisationId, ctx);
  }
}
