import { OmitType, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  AddEvidenceLinkDto,
  AmendAuditDto,
  AnswerCriterionDto,
  AssignInspectorsDto,
  CancelAuditDto,
  CloseActionDto,
  CloseAuditDto,
  EVIDENCE_CONTENT_TYPES,
  PlanAuditDto,
  PlanFollowUpDto,
  PublishStandardDto,
  ReopenActionDto,
  RespondToActionDto,
  RetireStandardDto,
  StartAuditDto,
  SubmitAuditDto,
  UpdateStandardDto,
  type EvidenceContentType,
} from '@alliance/contracts/compliance';

/*
 * HTTP bodies are the compliance contract DTOs without what the URL already says (ids): OmitType/PickType copy
 * the contracts' class-validator rules, so the gateway validates and documents what compliance checks.
 * Inspectors are named by account id; the gateway resolves them (inspector role, enabled, the organisation an
 * account is bound to) before forwarding, so the service can refuse a conflict of interest.
 */
export class UpdateStandardBody extends OmitType(UpdateStandardDto, ['id'] as const) {}
export class PublishStandardBody extends OmitType(PublishStandardDto, ['id'] as const) {}
export class RetireStandardBody extends OmitType(RetireStandardDto, ['id'] as const) {}

export class PlanAuditBody extends OmitType(PlanAuditDto, ['inspectors'] as const) {
  /** Inspector accounts; empty or absent: the audit waits in the queue (an inspector planning it is added). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  inspectorIds?: string[];
}

export class PlanFollowUpBody extends OmitType(PlanFollowUpDto, ['auditId', 'inspectors'] as const) {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  inspectorIds?: string[];
}

export class AssignInspectorsBody extends OmitType(AssignInspectorsDto, ['id', 'inspectors'] as const) {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  inspectorIds!: string[];
}

export class StartAuditBody extends OmitType(StartAuditDto, ['id'] as const) {}
export class AnswerBody extends OmitType(AnswerCriterionDto, ['auditId', 'criterionId'] as const) {}
export class SubmitAuditBody extends OmitType(SubmitAuditDto, ['id'] as const) {}
export class AmendAuditBody extends OmitType(AmendAuditDto, ['id'] as const) {}
export class CloseAuditBody extends OmitType(CloseAuditDto, ['id'] as const) {}
export class CancelAuditBody extends OmitType(CancelAuditDto, ['id'] as const) {}

export class RespondToActionBody extends OmitType(RespondToActionDto, ['id'] as const) {}
export class CloseActionBody extends OmitType(CloseActionDto, ['id'] as const) {}
export class ReopenActionBody extends OmitType(ReopenActionDto, ['id'] as const) {}

export class AuditEvidenceLinkBody extends PickType(AddEvidenceLinkDto, ['url', 'title'] as const) {
  @IsUUID() criterionId!: string;
}
export class ActionEvidenceLinkBody extends PickType(AddEvidenceLinkDto, ['url', 'title'] as const) {}

/**
 * An evidence file for an action: `multipart/form-data` with a `file` part (what browsers and most clients
 * send; the part's content type must be a photo or PDF), or, for small files from scripts, JSON with the
 * bytes base64-encoded in `contentBase64` and `fileName` / `contentType` beside them.
 */
export class ActionEvidenceUploadBody {
  @IsOptional()
  @IsString()
  @MaxLength(255)
  @Matches(/^[^/\\\0]+$/, { message: '$property must be a file name without a path' })
  fileName?: string;
  @IsOptional() @IsIn(EVIDENCE_CONTENT_TYPES) contentType?: EvidenceContentType;
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: '$property must be base64' })
  contentBase64?: string;
}

/** An evidence file for a criterion of an audit in progress: as ActionEvidenceUploadBody, plus the criterion. */
export class AuditEvidenceUploadBody extends ActionEvidenceUploadBody {
  @IsUUID() criterionId!: string;
}
