import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Role } from '@alliance/contracts';
import {
  ComplianceRpc,
  ListAuditsDto,
  type AuditPage,
  type AuditView,
  type EvidenceContent,
  type EvidenceView,
} from '@alliance/contracts/compliance';
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
  AmendAuditBody,
  AnswerBody,
  AssignInspectorsBody,
  AuditEvidenceLinkBody,
  AuditEvidenceUploadBody,
  CancelAuditBody,
  CloseAuditBody,
  PlanAuditBody,
  PlanFollowUpBody,
  StartAuditBody,
  SubmitAuditBody,
} from './compliance-bodies';
import {
  EVIDENCE_MAX_BYTES,
  EvidenceFileInterceptor,
  EvidenceUploadProblems,
  evidenceFile,
  type UploadedPart,
} from './evidence-upload';
import { InspectorAccounts } from './inspector-accounts';

const CHANGE_ERRORS = [...FORWARDED_ERRORS, 404, 409, 422] as const;
const CONDUCTORS = [Role.AllianceAdmin, Role.Inspector] as const;
export const AUDIT_LIST_PARAMS = { organisationId: 'organisation', inspectorId: 'inspector' } as const;

/**
 * Audits: inspectors plan and conduct them, admins assign inspectors from the queue; a representative reads its
 * own organisation's (compliance limits the list and refuses another's).
 */
@ApiTags('compliance: audits')
@Controller('audits')
export class AuditsController {
  constructor(
    private readonly forward: ServiceForwarder,
    private readonly inspectors: InspectorAccounts,
  ) {}

  @Post()
  @Allow(...CONDUCTORS)
  @ApiSummary(
    'Plan an audit',
    'Against a published edition. Each inspector has at most one audit a day (409); an inspector bound to the ' +
      'organisation never audits it (403). No inspectors: it waits in the queue (an inspector planning it takes it).',
  )
  @ApiJsonBody(PlanAuditBody)
  @ApiResult(201, ref('Audit'), 'Planned.')
  @ApiProblems(...CHANGE_ERRORS)
  async plan(@Ctx() ctx: RequestContext, @Body() body: PlanAuditBody): Promise<AuditView> {
    const { inspectorIds, ...rest } = body;
    const inspectors = await this.inspectors.resolve(inspectorIds, ctx.caller);
    return this.forward.send<AuditView>(ComplianceRpc.planAudit, ctx, { ...rest, inspectors });
  }

  @Get()
  @Allow(...CONDUCTORS, Role.MemberRep)
  @ApiSummary(
    'Audits by planned date',
    '`unassigned=true`: the queue of planned audits without an inspector.',
  )
  @ApiQueryFrom(ListAuditsDto, AUDIT_LIST_PARAMS)
  @ApiResult(200, ref('AuditPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListAuditsDto, AUDIT_LIST_PARAMS)) query: ListAuditsDto,
  ): Promise<AuditPage> {
    return this.forward.send<AuditPage>(ComplianceRpc.listAudits, ctx, query);
  }

  @Get(':id')
  @Allow(...CONDUCTORS, Role.MemberRep)
  @ApiSummary('One audit: answers, evidence, amendments, findings and actions')
  @ApiUuidParam('id', 'Audit id')
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<AuditView> {
    return this.forward.send<AuditView>(ComplianceRpc.getAudit, ctx, { id });
  }

  @Post(':id/follow-up')
  @Allow(...CONDUCTORS)
  @ApiSummary('Plan a follow-up of an audit’s open findings', 'Against the same edition as the audit.')
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(PlanFollowUpBody)
  @ApiResult(201, ref('Audit'), 'Planned.')
  @ApiProblems(...CHANGE_ERRORS)
  async followUp(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: PlanFollowUpBody,
  ) {
    const inspectors = await this.inspectors.resolve(body.inspectorIds, ctx.caller);
    return this.forward.send<AuditView>(ComplianceRpc.planFollowUp, ctx, {
      auditId: id,
      plannedDate: body.plannedDate,
      inspectors,
    });
  }

  @Post(':id/assign')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary('Assign inspectors to a planned audit (and optionally move its date)')
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(AssignInspectorsBody)
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...CHANGE_ERRORS)
  async assign(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: AssignInspectorsBody,
  ) {
    const { inspectorIds, ...rest } = body;
    const inspectors = await this.inspectors.resolve(inspectorIds, ctx.caller);
    return this.forward.send<AuditView>(ComplianceRpc.assignInspectors, ctx, { ...rest, id, inspectors });
  }

  @Post(':id/start')
  @Allow(...CONDUCTORS)
  @HttpCode(200)
  @ApiSummary('Start an audit (planned → in progress)')
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(StartAuditBody)
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...CHANGE_ERRORS)
  start(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: StartAuditBody) {
    return this.forward.send<AuditView>(ComplianceRpc.startAudit, ctx, { ...body, id });
  }

  @Put(':id/answers/:criterionId')
  @Allow(...CONDUCTORS)
  @ApiSummary(
    'Answer one criterion',
    'met / partly_met (with pointsAwarded) / not_met / not_applicable (with reason); answering again replaces it ' +
      'while the audit is in progress. A submitted audit is corrected by amendment.',
  )
  @ApiUuidParam('id', 'Audit id')
  @ApiUuidParam('criterionId', 'Criterion id')
  @ApiJsonBody(AnswerBody)
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...CHANGE_ERRORS)
  answer(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Param('criterionId', UuidParam) criterionId: string,
    @Body() body: AnswerBody,
  ) {
    return this.forward.send<AuditView>(ComplianceRpc.answerCriterion, ctx, {
      ...body,
      auditId: id,
      criterionId,
    });
  }

  @Post(':id/evidence')
  @Allow(...CONDUCTORS)
  @UseInterceptors(EvidenceUploadProblems, EvidenceFileInterceptor)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiSummary(
    'Add an evidence file to a criterion',
    `multipart/form-data with a \`file\` part (JPEG, PNG, WebP or PDF, at most ${EVIDENCE_MAX_BYTES} bytes) and ` +
      '`criterionId`; or JSON with `contentBase64` for small files. Compliance checks the bytes are the type ' +
      'declared and stores their SHA-256.',
  )
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(AuditEvidenceUploadBody)
  @ApiResult(201, ref('Evidence'), 'Stored.')
  @ApiProblems(...CHANGE_ERRORS, 413)
  upload(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: AuditEvidenceUploadBody,
    @UploadedFile() file: UploadedPart | undefined,
  ): Promise<EvidenceView> {
    return this.forward.send<EvidenceView>(ComplianceRpc.uploadEvidence, ctx, {
      auditId: id,
      criterionId: body.criterionId,
      ...evidenceFile(file, body),
    });
  }

  @Post(':id/evidence-links')
  @Allow(...CONDUCTORS)
  @ApiSummary('Add an evidence link to a criterion')
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(AuditEvidenceLinkBody)
  @ApiResult(201, ref('Evidence'), 'Added.')
  @ApiProblems(...CHANGE_ERRORS)
  addLink(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: AuditEvidenceLinkBody,
  ) {
    return this.forward.send<EvidenceView>(ComplianceRpc.addEvidenceLink, ctx, { ...body, auditId: id });
  }

  @Post(':id/submit')
  @Allow(...CONDUCTORS)
  @HttpCode(200)
  @ApiSummary(
    'Submit (in progress → submitted)',
    'Every applicable criterion answered, evidence where required (422 lists what is missing). Scores exactly, ' +
      'grades (a failed veto criterion is `fail`), and raises one finding and corrective action per shortfall.',
  )
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(SubmitAuditBody)
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...CHANGE_ERRORS)
  submit(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: SubmitAuditBody) {
    return this.forward.send<AuditView>(ComplianceRpc.submitAudit, ctx, { ...body, id });
  }

  @Post(':id/amend')
  @Allow(...CONDUCTORS)
  @HttpCode(200)
  @ApiSummary(
    'Amend a submitted audit',
    'New answers with a reason; score and grade recomputed, the original kept.',
  )
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(AmendAuditBody)
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...CHANGE_ERRORS)
  amend(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: AmendAuditBody) {
    return this.forward.send<AuditView>(ComplianceRpc.amendAudit, ctx, { ...body, id });
  }

  @Post(':id/close')
  @Allow(...CONDUCTORS)
  @HttpCode(200)
  @ApiSummary('Close a submitted audit', 'Once every corrective action is closed (else 422).')
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(CloseAuditBody)
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...CHANGE_ERRORS)
  close(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CloseAuditBody) {
    return this.forward.send<AuditView>(ComplianceRpc.closeAudit, ctx, { ...body, id });
  }

  @Post(':id/cancel')
  @Allow(...CONDUCTORS)
  @HttpCode(200)
  @ApiSummary('Cancel a planned or in-progress audit', 'Its inspectors’ day is free again.')
  @ApiUuidParam('id', 'Audit id')
  @ApiJsonBody(CancelAuditBody)
  @ApiResult(200, ref('Audit'))
  @ApiProblems(...CHANGE_ERRORS)
  cancel(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CancelAuditBody) {
    return this.forward.send<AuditView>(ComplianceRpc.cancelAudit, ctx, { ...body, id });
  }
}

@ApiTags('compliance: audits')
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get(':id')
  @Allow(...CONDUCTORS, Role.MemberRep)
  @ApiSummary(
    'An evidence file (base64), checked',
    'Served only if its bytes still hash to the SHA-256 recorded at upload: a file changed in storage answers 409.',
  )
  @ApiUuidParam('id', 'Evidence id')
  @ApiResult(200, ref('EvidenceContent'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  read(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<EvidenceContent> {
    return this.forward.send<EvidenceContent>(ComplianceRpc.readEvidence, ctx, { id });
  }
}
