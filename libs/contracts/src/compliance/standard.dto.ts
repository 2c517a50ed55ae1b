import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { ORGANISATION_KINDS, type OrganisationKind } from '../membership/membership-enums';
import { COURSE_CATEGORIES, type CourseCategory } from '../training/training-enums';
import { IsNotBlank } from '../validation';
import {
  BAND_GRADES,
  COMPLIANCE_LIST_MAX_LIMIT,
  STANDARD_STATUSES,
  type BandGrade,
  type StandardStatus,
} from './compliance-enums';

const CODE = /^[A-Z0-9][A-Z0-9.-]{0,39}$/;
const CODE_MESSAGE = '$property must be 1–40 capital letters, digits, dots or hyphens';

/** One criterion (指标): points, evidence, veto (一票否决), the organisation kinds it applies to. */
export class CriterionDto {
  @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
  @IsString() @IsNotBlank() @MaxLength(2000) text!: string;
  /** Whole points; the area's criteria add up to its maximum. */
  @IsInt() @Min(1) @Max(1000) points!: number;
  @IsBoolean() evidenceRequired!: boolean;
  /** 一票否决: not met (or partly met) fails the audit whatever the score. */
  @IsBoolean() veto!: boolean;
  /** Organisation kinds it applies to; empty means every kind. */
  @IsArray() @ArrayUnique() @IsIn(ORGANISATION_KINDS, { each: true }) appliesTo!: OrganisationKind[];
  /** The training course category that addresses a shortfall here (findings are then shown to trainers). */
  @IsOptional() @IsIn(COURSE_CATEGORIES) trainingCategory?: CourseCategory | null;
}

export class AreaDto {
  @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
  @IsString() @IsNotBlank() @MaxLength(200) title!: string;
  /** The area's maximum: the sum of its criteria's points. */
  @IsInt() @Min(1) @Max(100_000) maxPoints!: number;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria!: CriterionDto[];
}

/** A grade reached from `minPercent` of the applicable points (A ≥ 90 …); D's minimum is 0. */
export class GradeBandDto {
  @IsIn(BAND_GRADES) grade!: BandGrade;
  @IsInt() @Min(0) @Max(100) minPercent!: number;
}

export class StandardContentDto {
  @IsString() @IsNotBlank() @MaxLength(300) title!: string;
  @IsString() @IsNotBlank() @MaxLength(300) issuer!: string;
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' })
  effectiveFrom!: string;
  /** The standard's total: the sum of its areas' maxima (1000 for the alliance's quality standard). */
  @IsInt() @Min(1) @Max(100_000) totalPoints!: number;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AreaDto)
  areas!: AreaDto[];
  /** Exactly A, B, C and D, minima strictly descending, D at 0. */
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => GradeBandDto)
  gradeBands!: GradeBandDto[];
}

/** A new standard: edition 1 of its code, as a draft. */
export class CreateStandardDto extends StandardContentDto {
  @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code!: string;
}

/** Replaces a draft's content (a published edition is immutable). */
export class UpdateStandardDto extends StandardContentDto {
  @IsUUID() id!: string;
  /** The version the caller read; a stale one answers VERSION_CONFLICT. */
  @IsInt() @Min(1) expectedVersion!: number;
}

/** Publishing freezes the edition; the published edition of the same code it supersedes is retired. */
export class PublishStandardDto extends VersionedCommandDto {}

export class RetireStandardDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(1000) reason!: string;
}

/** A draft of the next edition, copied from a published one. */
export class DraftNextEditionDto {
  @IsUUID() id!: string;
}

export class StandardIdDto {
  @IsUUID() id!: string;
}

export class ListStandardsDto {
  @IsOptional() @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code?: string;
  @IsOptional() @IsIn(STANDARD_STATUSES) status?: StandardStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COMPLIANCE_LIST_MAX_LIMIT) limit?: number;
}
