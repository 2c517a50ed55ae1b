import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { IsNotBlank } from '../validation';
import {
  APPROVAL_MODES,
  MAX_RESOURCE_CAPACITY,
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  RESOURCES_LIST_MAX_LIMIT,
  VISIBILITIES,
  type ApprovalMode,
  type ResourceKind,
  type ResourceStatus,
  type Visibility,
} from './resources-enums';

/** `HH:MM` (00:00–23:59), or `24:00` as the end of a day. */
export const CLOCK_TIME = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
/** `YYYY-MM-DD`. */
export const CALENDAR_DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
/** `YYYY-MM`. */
export const CALENDAR_MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** One opening interval of a weekday, in Asia/Shanghai: `opens` < `closes`; `24:00` runs to midnight. */
export class OpeningHoursDto {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Matches(CLOCK_TIME, { message: '$property must be HH:MM (00:00–24:00)' })
  opens!: string;

  @Matches(CLOCK_TIME, { message: '$property must be HH:MM (00:00–24:00)' })
  closes!: string;
}

/** Dates (Asia/Shanghai, inclusive) the resource cannot be booked: holidays, maintenance. */
export class BlackoutDto {
  @Matches(CALENDAR_DATE, { message: '$property must be a date YYYY-MM-DD' })
  from!: string;

  @Matches(CALENDAR_DATE, { message: '$property must be a date YYYY-MM-DD' })
  to!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string | null;
}

export class BookingPolicyDto {
  /** `auto`: a free, allowed request is approved at once; `owner`: the owner decides. */
  @IsIn(APPROVAL_MODES)
  approval!: ApprovalMode;

  /** Least time between the request and the start (timed kinds). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60 * 24 * 365)
  minNoticeMinutes?: number | null;

  /** Longest booking (timed kinds). */
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(60 * 24 * 31)
  maxDurationMinutes?: number | null;

  /** Most live bookings (or requests) per requesting organisation per calendar month (Asia/Shanghai). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  monthlyQuota?: number | null;
}

const MAX_INTERVALS = 28;
const MAX_BLACKOUTS = 100;

/** Offer a resource (列出共享资源): a member representative for its own organisation, or an admin. */
export class ListResourceDto {
  @IsIn(RESOURCE_KINDS)
  kind!: ResourceKind;

  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @IsUUID()
  ownerOrganisationId!: string;

  /** Default: the owner's district. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{1,39}$/, { message: '$property must be a district code' })
  districtCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  /** People for a venue, count for equipment, materials and places; 1 for an expert. */
  @IsInt()
  @Min(1)
  @Max(MAX_RESOURCE_CAPACITY)
  capacity!: number;

  @IsIn(VISIBILITIES)
  visibility!: Visibility;

  /** With visibility `districts`: the districts whose members see and book it (the owner's always does). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  visibleDistricts?: string[];

  /** Timed kinds: weekly opening hours in Asia/Shanghai; none: bookable at any time. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INTERVALS)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BLACKOUTS)
  @ValidateNested({ each: true })
  @Type(() => BlackoutDto)
  blackouts?: BlackoutDto[];

  @ValidateNested()
  @Type(() => BookingPolicyDto)
  policy!: BookingPolicyDto;

  /** Materials and places: the first month offered (`YYYY-MM`). */
  @IsOptional()
  @Matches(CALENDAR_MONTH, { message: '$property must be a month YYYY-MM' })
  availableFrom?: string;

  /** Materials and places: the last month offered (`YYYY-MM`, inclusive). */
  @IsOptional()
  @Matches(CALENDAR_MONTH, { message: '$property must be a month YYYY-MM' })
  availableUntil?: string;
}

/** Changes what is given; the rest stays. Kind and owner never change. */
export class UpdateResourceDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_RESOURCE_CAPACITY)
  capacity?: number;

  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  visibleDistricts?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INTERVALS)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BLACKOUTS)
  @ValidateNested({ each: true })
  @Type(() => BlackoutDto)
  blackouts?: BlackoutDto[];

  @IsOptional()
  @ValidateNested()
  @Type(() => BookingPolicyDto)
  policy?: BookingPolicyDto;

  @IsOptional()
  @Matches(CALENDAR_MONTH, { message: '$property must be a month YYYY-MM' })
  availableFrom?: string;

  @IsOptional()
  @Matches(CALENDAR_MONTH, { message: '$property must be a month YYYY-MM' })
  availableUntil?: string;
}

export class WithdrawResourceDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class GetResourceDto {
  @IsUUID()
  id!: string;
}

export class SearchResourcesDto {
  /** Part of the title (Chinese characters or Latin letters). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  q?: string;

  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string;

  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;

  /** Default: listed. */
  @IsOptional()
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(RESOURCES_LIST_MAX_LIMIT)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
