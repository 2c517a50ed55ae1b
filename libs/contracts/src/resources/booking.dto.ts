import { Type } from 'class-transformer';
import {
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
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { IsNotBlank } from '../validation';
import { CALENDAR_DATE } from './resource.dto';
import {
  BOOKING_STATUSES,
  MAX_RESOURCE_CAPACITY,
  MAX_SERIES_OCCURRENCES,
  RESOURCES_LIST_MAX_LIMIT,
  type BookingStatus,
} from './resources-enums';

/** An instant with its offset (`2026-12-01T09:00:00+08:00`). */
const INSTANT = { strict: true, strictSeparator: true } as const;

/** Book a timed resource (venue, expert, equipment) for an organisation. */
export class RequestBookingDto {
  @IsUUID()
  resourceId!: string;

  /** The organisation that books (a representative's own). */
  @IsUUID()
  organisationId!: string;

  @IsISO8601(INSTANT)
  startsAt!: string;

  @IsISO8601(INSTANT)
  endsAt!: string;

  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  purpose!: string;

  @IsInt()
  @Min(1)
  @Max(MAX_RESOURCE_CAPACITY)
  headcount!: number;
}

/**
 * Weekly bookings: the first occurrence as `startsAt`/`endsAt`, repeated every 7 days until `until`
 * (a date, inclusive) or `count` times. Every free date is booked; the others are reported with a reason.
 */
export class RequestSeriesDto extends RequestBookingDto {
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: '$property must be a date YYYY-MM-DD' })
  until?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SERIES_OCCURRENCES)
  count?: number;
}

/**
 * Another service books a venue on an organisation's behalf (training for a session). The same
 * `idempotencyKey` always answers the first outcome; the outcome is also published as events
 * (booking.requested / .approved with the key, or on-behalf-request.refused).
 */
export class RequestOnBehalfDto extends RequestBookingDto {
  @IsString()
  @Matches(/^[A-Za-z0-9:._-]{1,200}$/, {
    message: '$property must be 1–200 characters of A–Z a–z 0–9 : . _ -',
  })
  idempotencyKey!: string;
}

/**
 * The requesting service gives back what it booked on an organisation's behalf (training: a session moved or
 * cancelled). Named by the request's `idempotencyKey`, which only the requesting service knows.
 */
export class ReleaseOnBehalfDto {
  @IsString()
  @Matches(/^[A-Za-z0-9:._-]{1,200}$/, {
    message: '$property must be 1–200 characters of A–Z a–z 0–9 : . _ -',
  })
  idempotencyKey!: string;

  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class ApproveBookingDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class RejectBookingDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class CancelBookingDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class CompleteBookingDto extends VersionedCommandDto {}
export class MarkNoShowDto extends VersionedCommandDto {}

/** Cancels every booking of a series that has not started yet. */
export class CancelSeriesDto {
  @IsUUID()
  seriesId!: string;

  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class GetBookingDto {
  @IsUUID()
  id!: string;
}

export class ListBookingsDto {
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  /** Bookings made by this organisation. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  /** Bookings of resources this organisation offers (an owner's requests to decide: with status=requested). */
  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;

  @IsOptional()
  @IsUUID()
  seriesId?: string;

  @IsOptional()
  @IsIn(BOOKING_STATUSES)
  status?: BookingStatus;

  /** Bookings ending after this instant. */
  @IsOptional()
  @IsISO8601(INSTANT)
  from?: string;

  /** Bookings starting before this instant. */
  @IsOptional()
  @IsISO8601(INSTANT)
  to?: string;

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

/** Expires the requests nobody decided before they started (also run by the service every minute). */
export class RunBookingExpiryCheckDto {}
