import { Transform, Type } from 'class-transformer';
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { ORGANISATION_KINDS, type OrganisationKind } from '../membership/membership-enums';
import { IsNotBlank } from '../validation';
import {
  AUDIENCE_KINDS,
  COORDINATION_LIST_MAX_LIMIT,
  NOTICE_CATEGORIES,
  NOTICE_STATUSES,
  type AudienceKind,
  type NoticeCategory,
  type NoticeStatus,
} from './coordination-enums';

export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

const DISTRICT_CODE = /^[a-z][a-z0-9_-]{0,39}$/;

/**
 * Who is addressed: the whole alliance, chosen districts, kinds of organisation, a working group, or listed
 * members. Each kind needs its own list and no other; only admitted members are ever addressed.
 */
export class AudienceDto {
  @IsIn(AUDIENCE_KINDS) kind!: AudienceKind;

  @ValidateIf((a: AudienceDto) => a.kind === 'districts' || a.districtCodes !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(DISTRICT_CODE, { each: true, message: 'each of $property must be a district code' })
  districtCodes?: string[];

  @ValidateIf((a: AudienceDto) => a.kind === 'kinds' || a.kinds !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ORGANISATION_KINDS, { each: true })
  kinds?: OrganisationKind[];

  @ValidateIf((a: AudienceDto) => a.kind === 'working_group' || a.workingGroupId !== undefined)
  @IsUUID()
  workingGroupId?: string;

  @ValidateIf((a: AudienceDto) => a.kind === 'members' || a.organisationIds !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organisationIds?: string[];
}

/** A draft notice (通知公告 / 政策文件); the body is Markdown. */
export class CreateNoticeDto {
  @IsString() @IsNotBlank() @MaxLength(200) title!: string;
  @IsString() @IsNotBlank() @MaxLength(50_000) body!: string;
  @IsIn(NOTICE_CATEGORIES) category!: NoticeCategory;
  /** Who issues it, as printed (成都市卫健委, 联盟秘书处 …). */
  @IsString() @IsNotBlank() @MaxLength(200) issuer!: string;
  @ValidateNested() @Type(() => AudienceDto) audience!: AudienceDto;
  /** Every organisation addressed acknowledges it (签收) once, by `acknowledgeBy`. */
  @IsBoolean() requiresAcknowledgement!: boolean;
  @ValidateIf((n: CreateNoticeDto) => n.requiresAcknowledgement === true || n.acknowledgeBy != null)
  @IsISO8601({ strict: true })
  acknowledgeBy?: string | null;
  /** The reminder goes out this many days before the deadline to those that have not acknowledged. */
  @IsOptional() @IsInt() @Min(0) @Max(60) reminderDaysBefore?: number | null;
  /** The published notice this one replaces once published (it becomes superseded). */
  @IsOptional() @IsUUID() supersedesId?: string | null;
}

/** Changes to a draft; what is absent stays. */
export class UpdateNoticeDto extends VersionedCommandDto {
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) title?: string;
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(50_000) body?: string;
  @IsOptional() @IsIn(NOTICE_CATEGORIES) category?: NoticeCategory;
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) issuer?: string;
  @IsOptional() @ValidateNested() @Type(() => AudienceDto) audience?: AudienceDto;
  @IsOptional() @IsBoolean() requiresAcknowledgement?: boolean;
  @IsOptional() @IsISO8601({ strict: true }) acknowledgeBy?: string | null;
  @IsOptional() @IsInt() @Min(0) @Max(60) reminderDaysBefore?: number | null;
}

export class PublishNoticeDto extends VersionedCommandDto {}

export class WithdrawNoticeDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
}

export class NoticeIdDto {
  @IsUUID() id!: string;
}

/** The representative acknowledges for its organisation (签收), with an optional reply. */
export class AcknowledgeNoticeDto {
  @IsUUID() id!: string;
  @IsOptional() @IsString() @MaxLength(2000) reply?: string | null;
}

export class ListNoticesDto {
  @IsOptional() @IsIn(NOTICE_STATUSES) status?: NoticeStatus;
  @IsOptional() @IsIn(NOTICE_CATEGORIES) category?: NoticeCategory;
  /** Only notices the caller's organisation still owes an acknowledgement of. */
  @IsOptional() @Transform(toBoolean) @IsBoolean() owing?: boolean;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COORDINATION_LIST_MAX_LIMIT) limit?: number;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

/** Sends the reminders due by `asOf` (default now), once per organisation and notice. */
export class RunReminderCheckDto {
  @IsOptional() @IsISO8601({ strict: true }) asOf?: string;
}
