import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  ComplianceRpc,
  ListFindingsDto,
  RunOverdueCheckDto,
  type EvidenceView,
  type FindingPage,
  type FindingView,
  type OrganisationComplianceView,
  type OverdueCheckResult,
} from '@alliance/contracts/compliance';
import { Allow, ownOrganisation } from '../auth/access.decorator';
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
  ActionEvidenceLinkBody,
  ActionEvidenceUploadBody,
  CloseActionBody,
  ReopenActionBody,
  RespondToActionBody,
} from './compliance-bodies';
import {
  EVIDENCE_MAX_BYTES,
  EvidenceFileInterceptor,
  EvidenceUploadProblems,
  evidenceFile,
  type UploadedPart,
} from './evidence-upload';

const CHANGE_ERRORS = [...FORWARDED_ERRORS, 404, 409, 422] as const;
const READERS = [Role.AllianceAdmin, Role.Inspector, Role.MemberRep, Role.Trainer] as const;
export const FINDING_LIST_PARAMS = { organisationId: 'organisation', auditId: 'audit' } as const;

/**
 * Findings and corrective actions: the organisation's representative answers (compliance checks it is its own),
 * the inspector verifies and closes or reopens; trainers read the findings linked to a training category.
 */
@ApiTags('compliance: findings')
@Controller()
export class FindingsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get('findings')
  @Allow(...READERS)
  @ApiSummary('Findings with their corrective actions', 'Newest first; `open=true` for those not closed.')
  @ApiQueryFrom(ListFindingsDto, FINDING_LIST_PARAMS)
  @ApiResult(200, ref('FindingPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListFindingsDto, FINDING_LIST_PARAMS)) query: ListFindingsDto,
  ): Promise<FindingPage> {
    return this.forward.send<FindingPage>(ComplianceRpc.listFindings, ctx, query);
  }

  @Get('corrective-actions/:id')
  @Allow(...READERS)
  @ApiSummary('One corrective action with its finding')
  @ApiUuidParam('id', 'Corrective action id')
  @ApiResult(200, ref('Finding'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<FindingView> {
    return this.forward.send<FindingView>(ComplianceRpc.getAction, ctx, { id });
  }

  @Post('corrective-actions/:id/respond')
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @HttpCode(200)
  @ApiSummary(
    'Answer a corrective action with a plan (open → submitted)',
    'Evidence is uploaded to the action.',
  )
  @ApiUuidParam('id', 'Corrective action id')
  @ApiJsonBody(RespondToActionBody)
  @ApiResult(200, ref('Finding'))
  @ApiProblems(...CHANGE_ERRORS)
  respond(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: RespondToActionBody) {
    return this.forward.send<FindingView>(ComplianceRpc.respondToAction, ctx, { ...body, id });
  }

  @Post('corrective-actions/:id/evidence')
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @UseInterceptors(EvidenceUploadProblems, EvidenceFileInterceptor)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiSummary(
    'Add an evidence file to a corrective action',
    `multipart/form-data with a \`file\` part (JPEG, PNG, WebP or PDF, at most ${EVIDENCE_MAX_BYTES} bytes); or ` +
      'JSON with `contentBase64` for small files.',
  )
  @ApiUuidParam('id', 'Corrective action id')
  @ApiJsonBody(ActionEvidenceUploadBody)
  @ApiResult(201, ref('Evidence'), 'Stored.')
  @ApiProblems(...CHANGE_ERRORS, 413)
  upload(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: ActionEvidenceUploadBody,
    @UploadedFile() file: UploadedPart | undefined,
  ): Promise<EvidenceView> {
    return this.forward.send<EvidenceView>(ComplianceRpc.uploadEvidence, ctx, {
      actionId: id,
      ...evidenceFile(file, body),
    });
  }

  @Post('corrective-actions/:id/evidence-links')
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @ApiSummary('Add an evidence link to a corrective action')
  @ApiUuidParam('id', 'Corrective action id')
  @ApiJsonBody(ActionEvidenceLinkBody)
  @ApiResult(201, ref('Evidence'), 'Added.')
  @ApiProblems(...CHANGE_ERRORS)
  addLink(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: ActionEvidenceLinkBody,
  ) {
    return this.forward.send<EvidenceView>(ComplianceRpc.addEvidenceLink, ctx, { ...body, actionId: id });
  }

  @Post('corrective-actions/:id/close')
  @Allow(Role.AllianceAdmin, Role.Inspector)
  @HttpCode(200)
  @ApiSummary('Verify and close an answered action (submitted → closed)')
  @ApiUuidParam('id', 'Corrective action id')
  @ApiJsonBody(CloseActionBody)
  @ApiResult(200, ref('Finding'))
  @ApiProblems(...CHANGE_ERRORS)
  close(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CloseActionBody) {
    return this.forward.send<FindingView>(ComplianceRpc.closeAction, ctx, { ...body, id });
  }

  @Post('corrective-actions/:id/reopen')
  @Allow(Role.AllianceAdmin, Role.Inspector)
  @HttpCode(200)
  @ApiSummary('Reopen an answered or closed action, with the reason')
  @ApiUuidParam('id', 'Corrective action id')
  @ApiJsonBody(ReopenActionBody)
  @ApiResult(200, ref('Finding'))
  @ApiProblems(...CHANGE_ERRORS)
  reopen(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: ReopenActionBody) {
    return this.forward.send<FindingView>(ComplianceRpc.reopenAction, ctx, { ...body, id });
  }

  @Post('corrective-actions/overdue-check')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Run the overdue check now',
    'It also runs hourly in the service; each action past its due date is announced overdue once.',
  )
  @ApiJsonBody(RunOverdueCheckDto)
  @ApiResult(200, ref('OverdueCheckResult'))
  @ApiProblems(...FORWARDED_ERRORS)
  overdueCheck(@Ctx() ctx: RequestContext, @Body() body: RunOverdueCheckDto): Promise<OverdueCheckResult> {
    return this.forward.send<OverdueCheckResult>(ComplianceRpc.runOverdueCheck, ctx, body);
  }

  @Get('compliance/organisations/:id')
  @Allow(...ROLES.filter((r) => r !== Role.MemberRep), ownOrganisation(Role.MemberRep, 'id'))
  @ApiSummary(
    'Compliance status of an organisation',
    'Latest grade per standard, open and overdue corrective actions, audit history.',
  )
  @ApiUuidParam('id', 'Member organisation id')
  @ApiResult(200, ref('OrganisationCompliance'))
  @ApiProblems(...FORWARDED_ERRORS)
  status(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
  ): Promise<OrganisationComplianceView> {
    return this.forward.send<OrganisationComplianceView>(ComplianceRpc.organisationStatus, ctx, {
      organisationId: id,
    });
  }
}
