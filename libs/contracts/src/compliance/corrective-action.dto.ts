import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { COURSE_CATEGORIES, type CourseCategory } from '../training/training-enums';
import { IsNotBlank } from '../validation';
import { COMPLIANCE_LIST_MAX_LIMIT, FINDING_SEVERITIES, type FindingSeverity } from './compliance-enums';

/** The representative's answer: what was done or will be done; evidence is uploaded against the action. */
export class RespondToActionDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(4000) plan!: string;
}

export class CloseActionDto extends VersionedCommandDto {
  @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class ReopenActionDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
}

export class ActionIdDto {
  @IsUUID() id!: string;
}

/** Marks actions past their due date (as of `asOf`, default today in Asia/Shanghai) overdue, once each. */
export class RunOverdueCheckDto {
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' })
  asOf?: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListFindingsDto {
  @IsOptional() @IsUUID() organisationId?: string;
  @IsOptional() @IsUUID() auditId?: string;
  @IsOptional() @IsIn(FINDING_SEVERITIES) severity?: FindingSeverity;
  @IsOptional() @IsIn(COURSE_CATEGORIES) trainingCategory?: CourseCategory;
  /** Only findings whose action is not closed. */
  @IsOptional() @Transform(toBoolean) @IsBoolean() open?: boolean;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COMPLIANCE_LIST_MAX_LIMIT) limit?: number;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class OrganisationStatusDto {
  @IsUUID() organisationId!: string;
}
