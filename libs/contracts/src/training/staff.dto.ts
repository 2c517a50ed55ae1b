import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { PageQueryDto } from './page-query.dto';
import { IsNotBlank, IsResidentId } from '../validation';
import { EMPLOYMENT_STATUSES, STAFF_ROLES, type EmploymentStatus, type StaffRole } from './training-enums';

export const MAX_QUALIFICATIONS = 20;

/** A calendar date `YYYY-MM-DD` (dates of documents, not instants). */
const DATE = { strict: true, strictSeparator: true } as const;

/** A qualification the person holds (保育师证, 育婴员证, 教师资格证 …). */
export class QualificationDto {
  /** What it is, e.g. 保育师 or 育婴员 certificate. */
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  kind!: string;

  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  number!: string;

  /** YYYY-MM-DD. */
  @IsISO8601(DATE)
  issuedOn!: string;

  /** YYYY-MM-DD; absent or null when it does not expire. */
  @IsOptional()
  @IsISO8601(DATE)
  expiresOn?: string | null;
}

class StaffFieldsDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  name!: string;

  @IsIn(STAFF_ROLES)
  role!: StaffRole;

  /** YYYY-MM-DD. */
  @IsISO8601(DATE)
  hiredOn!: string;

  /** 身份证号 (GB 11643, check character verified); unique among active staff. */
  @IsOptional()
  @IsResidentId()
  residentId?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_QUALIFICATIONS)
  @ValidateNested({ each: true })
  @Type(() => QualificationDto)
  qualifications?: QualificationDto[];

  /** 健康证 valid until (YYYY-MM-DD). */
  @IsOptional()
  @IsISO8601(DATE)
  healthCertificateExpiresOn?: string | null;

  /** Date of the last background check (YYYY-MM-DD). */
  @IsOptional()
  @IsISO8601(DATE)
  backgroundCheckedOn?: string | null;
}

/** A person starts working for an admitted member organisation. */
export class RegisterStaffDto extends StaffFieldsDto {
  @IsUUID()
  organisationId!: string;
}

/** Changes to a person's record; absent fields stay as they are, `null` clears an optional one. */
export class UpdateStaffDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  name?: string;

  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @IsOptional()
  @IsISO8601(DATE)
  hiredOn?: string;

  @IsOptional()
  @IsResidentId()
  residentId?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_QUALIFICATIONS)
  @ValidateNested({ each: true })
  @Type(() => QualificationDto)
  qualifications?: QualificationDto[];

  @IsOptional()
  @IsISO8601(DATE)
  healthCertificateExpiresOn?: string | null;

  @IsOptional()
  @IsISO8601(DATE)
  backgroundCheckedOn?: string | null;
}

/** The person left the organisation; their training history is kept. */
export class StaffLeavesDto extends VersionedCommandDto {
  @IsISO8601(DATE)
  leftOn!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

export class GetStaffDto {
  @IsUUID()
  id!: string;
}

export class ListStaffDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @IsOptional()
  @IsIn(EMPLOYMENT_STATUSES)
  status?: EmploymentStatus;

  /** Part of the name. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  text?: string;
}

export class TrainingRecordDto {
  @IsUUID()
  id!: string;
}
