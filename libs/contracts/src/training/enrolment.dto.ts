import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  Matches,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { PageQueryDto } from './page-query.dto';
import { IsNotBlank } from '../validation';
import { CERTIFICATE_VALIDITIES, type CertificateValidity } from './training-enums';

/** Enrols one person in one session: confirmed while seats remain, else waitlisted in order of request. */
export class EnrolDto {
  @IsUUID()
  sessionId!: string;

  @IsUUID()
  staffId!: string;
}

export class CancelEnrolmentDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

export class ListCertificatesDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsUUID()
  courseId?: string;

  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @IsOptional()
  @IsIn(CERTIFICATE_VALIDITIES)
  validity?: CertificateValidity;
}

export class RevokeCertificateDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

/** Verification codes are 20 characters of Crockford base32 (100 random bits). */
export const VERIFICATION_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{20}$/;

export class VerifyCertificateDto {
  @IsString()
  @Matches(VERIFICATION_CODE_PATTERN, { message: '$property must be a 20-character verification code' })
  code!: string;
}

export class HoursLedgerDto {
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class ExpiringItemsDto {
  /** Items expiring within this many days from today (Asia/Shanghai), already expired ones included. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  withinDays!: number;

  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** Runs the daily check now (it also runs by itself once a day). */
export class RunExpiryCheckDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  withinDays?: number;

  /** The day to check as (YYYY-MM-DD, default today in Asia/Shanghai); tests and back-fills set it. */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' })
  asOf?: string;
}
