import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import {
  BOOKING_STATUSES,
  PLACE_REQUEST_STATUSES,
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  type BookingStatus,
  type PlaceRequestStatus,
  type ResourceKind,
  type ResourceStatus,
} from './resources-enums';

/*
 * Event data of the resources context: what a consumer needs without calling back. Classes, so a consumer
 * validates what it reads (an invalid event is dead-lettered).
 */

/** Every resource event (listed, updated, withdrawn): the offer as of the event. */
export class ResourceEventData {
  @IsUUID()
  resourceId!: string;

  @IsIn(RESOURCE_KINDS)
  kind!: ResourceKind;

  @IsString()
  title!: string;

  @IsUUID()
  ownerOrganisationId!: string;

  @IsString()
  districtCode!: string;

  @IsInt()
  capacity!: number;

  @IsIn(RESOURCE_STATUSES)
  status!: ResourceStatus;

  /** Set on withdrawal. */
  @IsOptional()
  @IsString()
  reason?: string | null;
}

/** Every booking event (requested, approved, rejected, cancelled, expired, completed, no-show). */
export class BookingEventData {
  @IsUUID()
  bookingId!: string;

  @IsUUID()
  resourceId!: string;

  @IsIn(RESOURCE_KINDS)
  resourceKind!: ResourceKind;

  @IsUUID()
  ownerOrganisationId!: string;

  @IsUUID()
  organisationId!: string;

  @IsOptional()
  @IsUUID()
  seriesId!: string | null;

  @IsISO8601()
  startsAt!: string;

  @IsISO8601()
  endsAt!: string;

  @IsInt()
  headcount!: number;

  @IsIn(BOOKING_STATUSES)
  status!: BookingStatus;

  /** Rejection or cancellation reason. */
  @IsOptional()
  @IsString()
  reason!: string | null;

  /** The caller's key when another service booked on the organisation's behalf. */
  @IsOptional()
  @IsString()
  onBehalfKey!: string | null;
}

/** A request-on-behalf that was refused (no booking was made). */
export class OnBehalfRefusedData {
  @IsString()
  idempotencyKey!: string;

  @IsUUID()
  resourceId!: string;

  @IsUUID()
  organisationId!: string;

  @IsISO8601()
  startsAt!: string;

  @IsISO8601()
  endsAt!: string;

  @IsString()
  reason!: string;

  @IsString()
  message!: string;
}

/** Every place-request event (requested, approved, rejected, cancelled, expired). */
export class PlaceRequestEventData {
  @IsUUID()
  placeRequestId!: string;

  @IsUUID()
  resourceId!: string;

  @IsIn(RESOURCE_KINDS)
  resourceKind!: ResourceKind;

  @IsUUID()
  ownerOrganisationId!: string;

  @IsUUID()
  organisationId!: string;

  @IsInt()
  quantity!: number;

  /** `YYYY-MM`. */
  @IsString()
  fromMonth!: string;

  /** `YYYY-MM`, inclusive. */
  @IsString()
  toMonth!: string;

  @IsIn(PLACE_REQUEST_STATUSES)
  status!: PlaceRequestStatus;

  @IsOptional()
  @IsString()
  reason!: string | null;
}
