import {
  AddEvidenceLinkDto,
  ComplianceRpc,
  EvidenceIdDto,
  UploadEvidenceDto,
  type EvidenceContent,
  type EvidenceView,
} from '@alliance/contracts/compliance';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EvidenceService } from './evidence.service';

@Controller()
export class EvidenceRpcController {
  constructor(@Inject(EvidenceService) private readonly evidence: EvidenceService) {}

  @MessagePattern(ComplianceRpc.uploadEvidence)
  upload(@Payload('body') body: UploadEvidenceDto, @RpcContext() ctx: RequestContext): Promise<EvidenceView> {
    return this.evidence.upload(body, ctx);
  }

  @MessagePattern(ComplianceRpc.addEvidenceLink)
  addLink(
    @Payload('body') body: AddEvidenceLinkDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<EvidenceView> {
    return this.evidence.addLink(body, ctx);
  }

  @MessagePattern(ComplianceRpc.readEvidence)
  read(@Payload('body') body: EvidenceIdDto, @RpcContext() ctx: RequestContext): Promise<EvidenceContent> {
    return this.evidence.read(body.id, ctx);
  }
}
