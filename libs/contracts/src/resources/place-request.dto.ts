import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { IsNotBlank } from '../validation';
import { CALENDAR_DATE, CALENDAR_MONTH } from './resource.dto';
import {
  MAX_RESOURCE_CAPACITY,
  PLACE_REQUEST_STATUSES,
  RESOURCES_LIST_MAX_LIMIT,
  type PlaceRequestStatus,
} from './resources-enums';

/** Ask for a quantity of materials (items to lend) or spare places (children) over whole months. */
export class RequestPlacesDto {
  @IsUUID()
  resourceId!: string;

  @IsUUID()
  organisationId!: string;

  @IsInt()
  @Min(1)
  @Max(MAX_RESOURCE_CAPACITY)
  quantity!: number;

  @Matches(CALENDAR_MONTH, { message: '$property must be a month YYYY-MM' })
  fromMonth!: string;

  /** Inclusive. */
  @Matches(CALENDAR_MONTH, { message: '$property must be a month YYYY-MM' })
  toMonth!: string;

  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  purpose!: string;
}

export class ApprovePlaceRequestDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class RejectPlaceRequestDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class CancelPlaceRequestDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class ListPlaceRequestsDto {
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;

  @IsOptional()
  @IsIn(PLACE_REQUEST_STATUSES)
  status?: PlaceRequestStatus;

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

/** Reciprocity over `from`–`to` (dates in Asia/Shanghai, inclusive). */
export class ReciprocityDto {
  @Matches(CALENDAR_DATE, { message: '$property must be a date YYYY-MM-DD' })
  from!: string;

  @Matches(CALENDAR_DATE, { message: '$property must be a date YYYY-MM-DD' })
  to!: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
