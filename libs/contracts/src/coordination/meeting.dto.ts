import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { IsNotBlank } from '../validation';
import {
  COORDINATION_LIST_MAX_LIMIT,
  MEETING_KINDS,
  MEETING_STATUSES,
  PLACE_KINDS,
  RSVP_ANSWERS,
  type MeetingKind,
  type MeetingStatus,
  type PlaceKind,
  type RsvpAnswer,
} from './coordination-enums';
import { AudienceDto, toBoolean } from './notice.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where: an address, an online link, or a venue of resource sharing (its resource id). */
export class PlaceDto {
  @IsIn(PLACE_KINDS) kind!: PlaceKind;
  @ValidateIf((p: PlaceDto) => p.kind !== 'online' || p.address != null)
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  address?: string | null;
  @ValidateIf((p: PlaceDto) => p.kind === 'online' || p.url != null)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  url?: string | null;
  @ValidateIf((p: PlaceDto) => p.kind === 'venue' || p.resourceId != null)
  @IsUUID()
  resourceId?: string | null;
  /**
   * A venue: the member organisation resource sharing books it for (its quota, its name on the booking). An
   * organiser representative's own organisation when absent; an admin names one.
   */
  @IsOptional() @IsUUID() organisationId?: string | null;
}

/** An alliance meeting, working-group meeting, site visit (实地参访) or forum. */
export class ScheduleMeetingDto {
  @IsIn(MEETING_KINDS) kind!: MeetingKind;
  @IsString() @IsNotBlank() @MaxLength(200) title!: string;
  @IsISO8601({ strict: true }) startsAt!: string;
  @IsISO8601({ strict: true }) endsAt!: string;
  @ValidateNested() @Type(() => PlaceDto) place!: PlaceDto;
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(500, { each: true })
  agenda!: string[];
  /** Invited organisations: listed members, a working group, districts, kinds or the whole alliance. */
  @ValidateNested() @Type(() => AudienceDto) invitees!: AudienceDto;
}

export class CancelMeetingDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
}

export class MeetingIdDto {
  @IsUUID() id!: string;
}

/** The representative answers for its organisation: attending with N people, or not. */
export class AnswerInvitationDto {
  @IsUUID() id!: string;
  @IsIn(RSVP_ANSWERS) answer!: RsvpAnswer;
  @ValidateIf((a: AnswerInvitationDto) => a.answer === 'attending' || a.attendees != null)
  @IsInt()
  @Min(1)
  @Max(50)
  attendees?: number | null;
  @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

/** A signed-in account scans the organiser's QR code. */
export class SignInDto {
  @IsUUID() id!: string;
  @IsString() @IsNotBlank() @MaxLength(300) code!: string;
}

export class ActionItemDto {
  @IsString() @IsNotBlank() @MaxLength(500) title!: string;
  @IsUUID() ownerOrganisationId!: string;
  @IsString() @Matches(DATE, { message: '$property must be a date YYYY-MM-DD' }) dueDate!: string;
}

/** The minutes: a summary, the decisions and the action items that follow (published once). */
export class PublishMinutesDto extends VersionedCommandDto {
  @IsString() @IsNotBlank() @MaxLength(50_000) summary!: string;
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(1000, { each: true })
  decisions!: string[];
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ActionItemDto)
  actionItems!: ActionItemDto[];
}

export class ListMeetingsDto {
  @IsOptional() @IsIn(MEETING_STATUSES) status?: MeetingStatus;
  @IsOptional() @IsIn(MEETING_KINDS) kind?: MeetingKind;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COORDINATION_LIST_MAX_LIMIT) limit?: number;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class ListActionItemsDto {
  @IsOptional() @IsUUID() ownerOrganisationId?: string;
  @IsOptional() @IsUUID() meetingId?: string;
  /** Only items not done. */
  @IsOptional() @Transform(toBoolean) @IsBoolean() open?: boolean;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COORDINATION_LIST_MAX_LIMIT) limit?: number;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class CompleteActionItemDto extends VersionedCommandDto {
  @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

/** Marks open items past their due date (as of `asOf`, default today in Asia/Shanghai) overdue, once each. */
export class RunActionItemOverdueCheckDto {
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: '$property must be a date YYYY-MM-DD' })
  asOf?: string;
}
