import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { PageQueryDto } from './page-query.dto';
import { IsNotBlank } from '../validation';
import {
  ATTENDANCE_STATUSES,
  LOCATION_KINDS,
  MAX_SESSION_CAPACITY,
  SESSION_STATUSES,
  SESSION_VENUE_STATES,
  type AttendanceStatus,
  type LocationKind,
  type SessionStatus,
  type SessionVenueState,
} from './training-enums';

export const MAX_MEETINGS = 50;
export const MAX_TRAINERS = 10;

/** An instant with its offset (`2026-12-01T09:00:00+08:00`); stored as timestamptz. */
const INSTANT = { strict: true, strictSeparator: true } as const;

export class MeetingDto {
  @IsISO8601(INSTANT)
  startsAt!: string;

  @IsISO8601(INSTANT)
  endsAt!: string;
}

/**
 * Where a session takes place: an address, an online link, or a shared venue — a venue offered in resource
 * sharing (`resourceId`), booked by training for each meeting on behalf of `organisationId`.
 */
export class LocationDto {
  @IsIn(LOCATION_KINDS)
  kind!: LocationKind;

  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  address?: string;

  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  url?: string;

  @IsOptional()
  @IsUUID()
  resourceId?: string;

  /** Kind venue: the member organisation the venue is booked for (the host, e.g. the venue's owner). */
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class ScheduleSessionDto {
  @IsUUID()
  courseId!: string;

  /** Gateway accounts with the trainer role. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TRAINERS)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  trainerIds!: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MEETINGS)
  @ValidateNested({ each: true })
  @Type(() => MeetingDto)
  meetings!: MeetingDto[];

  @ValidateNested()
  @Type(() => LocationDto)
  location!: LocationDto;

  @IsInt()
  @Min(1)
  @Max(MAX_SESSION_CAPACITY)
  capacity!: number;

  /** Default: now. */
  @IsOptional()
  @IsISO8601(INSTANT)
  enrolmentOpensAt?: string;

  /** Default: the start of the first meeting. */
  @IsOptional()
  @IsISO8601(INSTANT)
  enrolmentClosesAt?: string;
}

/** Moves the meetings (all of them, replaced); enrolled staff's organisations are told. */
export class RescheduleSessionDto extends VersionedCommandDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MEETINGS)
  @ValidateNested({ each: true })
  @Type(() => MeetingDto)
  meetings!: MeetingDto[];

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

export class CancelSessionDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class CompleteSessionDto extends VersionedCommandDto {}

export class AttendanceMarkDto {
  @IsUUID()
  meetingId!: string;

  @IsUUID()
  staffId!: string;

  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;
}

/** Attendance marks of confirmed participants; a later mark of the same (meeting, person) replaces the earlier. */
export class RecordAttendanceDto {
  @IsUUID()
  sessionId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkDto)
  marks!: AttendanceMarkDto[];
}

export class GetSessionDto {
  @IsUUID()
  id!: string;
}

export class ListSessionsDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  trainerId?: string;

  /** Sessions whose first meeting starts at or after this instant. */
  @IsOptional()
  @IsISO8601(INSTANT)
  from?: string;

  /** Sessions whose venue is in this state (`flagged`: the ones a trainer must act on). */
  @IsOptional()
  @IsIn(SESSION_VENUE_STATES)
  venueState?: SessionVenueState;
}

export class ListSessionEnrolmentsDto {
  @IsUUID()
  id!: string;
}
