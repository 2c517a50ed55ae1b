import { Transform, Type } from 'class-transformer';
import {
  IsISO8601,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { IsNotBlank } from '../validation';
import {
  ANSWER_RESULTS,
  AUDIT_KINDS,
  AUDIT_STATUSES,
  COMPLIANCE_LIST_MAX_LIMIT,
  EVIDENCE_CONTENT_TYPES,
  type AnswerResult,
  type AuditKind,
  type AuditStatus,
  type EvidenceContentType,
} from './compliance-enums';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = '$property must be a date YYYY-MM-DD';

/**
 * An inspector account as the gateway knows it: the gateway resolves the ids a client sends (the account
 * exists, is enabled, has the inspector role) and adds the organisation it is bound to, if any, so that the
 * service can refuse a conflict of interest without reading the gateway's tables.
 */
export class InspectorRefDto {
  @IsString() @IsNotBlank() @MaxLength(100) accountId!: string;
  @IsString() @IsNotBlank() @MaxLength(100) name!: string;
  @IsOptional() @IsUUID() organisationId?: string | null;
}

export class PlanAuditDto {
  @IsUUID() organisationId!: string;
  /** A published edition; the audit keeps it even when a later edition supersedes it. */
  @IsUUID() standardId!: string;
  @IsIn(AUDIT_KINDS) kind!: AuditKind;
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  plannedDate!: string;
  /** Empty: the audit waits in the queue for an admin to assign inspectors. */
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => InspectorRefDto)
  inspectors!: InspectorRefDto[];
  @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
}

/** A follow-up audit of an audit's open findings, against the same edition. */
export class PlanFollowUpDto {
  @IsUUID() auditId!: string;
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  plannedDate!: string;
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => InspectorRefDto)
  inspectors!: InspectorRefDto[];
}

export class AssignInspectorsDto extends VersionedCommandDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => InspectorRefDto)
  inspectors!: InspectorRefDto[];
  /** Moves the audit to another day at the same time (each inspector still one audit a day). */
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  plannedDate?: string;
}

export class StartAuditDto extends VersionedCommandDto {}

/** One criterion's answer while the audit is in progress (answering again replaces it). */
export class AnswerCriterionDto {
  @IsUUID() auditId!: string;
  @IsUUID() criterionId!: string;
  @IsIn(ANSWER_RESULTS) result!: AnswerResult;
  /** Partly met only: the points given, more than 0 and less than the criterion's points. */
  @IsOptional() @IsInt() @Min(0) @Max(100_000) pointsAwarded?: number | null;
  /** Not applicable only, and then required. */
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(1000) reason?: string | null;
  @IsOptional() @IsString() @MaxLength(4000) notes?: string | null;
}

/** A correction of a submitted audit: the answers it replaces and why. */
export class AmendedAnswerDto {
  @IsUUID() criterionId!: string;
  @IsIn(ANSWER_RESULTS) result!: AnswerResult;
  @IsOptional() @IsInt() @Min(0) @Max(100_000) pointsAwarded?: number | null;
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(1000) reason?: string | null;
  @IsOptional() @IsString() @MaxLength(4000) notes?: string | null;
}

export class AmendAuditDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AmendedAnswerDto)
  answers!: AmendedAnswerDto[];
}

export class SubmitAuditDto extends VersionedCommandDto {
  @IsOptional() @IsString() @MaxLength(4000) summary?: string | null;
}

export class CloseAuditDto extends VersionedCommandDto {
  @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class CancelAuditDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(1000) reason!: string;
}

export class AuditIdDto {
  @IsUUID() id!: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListAuditsDto {
  @IsOptional() @IsUUID() organisationId?: string;
  @IsOptional() @IsIn(AUDIT_STATUSES) status?: AuditStatus;
  @IsOptional() @IsString() @MaxLength(100) inspectorId?: string;
  /** Planned audits without an inspector: the admins' queue. */
  @IsOptional() @Transform(toBoolean) @IsBoolean() unassigned?: boolean;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COMPLIANCE_LIST_MAX_LIMIT) limit?: number;
  /** `nextCursor` of the previous page. */
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

/**
 * Evidence for a criterion of an audit in progress (`auditId` + `criterionId`) or for a corrective action
 * (`actionId`). The file travels base64-encoded; the service checks its size, that its bytes are the content
 * type it claims, and stores its SHA-256.
 */
export class UploadEvidenceDto {
  @IsOptional() @IsUUID() auditId?: string;
  @IsOptional() @IsUUID() criterionId?: string;
  @IsOptional() @IsUUID() actionId?: string;
  @IsString()
  @IsNotBlank()
  @MaxLength(255)
  @Matches(/^[^/\\\0]+$/, { message: '$property must be a file name without a path' })
  fileName!: string;
  @IsIn(EVIDENCE_CONTENT_TYPES) contentType!: EvidenceContentType;
  @IsString()
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: '$property must be base64' })
  contentBase64!: string;
}

export class AddEvidenceLinkDto {
  @IsOptional() @IsUUID() auditId?: string;
  @IsOptional() @IsUUID() criterionId?: string;
  @IsOptional() @IsUUID() actionId?: string;
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }) @MaxLength(2000) url!: string;
  @IsString() @IsNotBlank() @MaxLength(255) title!: string;
}

export class EvidenceIdDto {
  @IsUUID() id!: string;
}
