import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { BOOKING_STATUSES, RESOURCE_KINDS, type BookingStatus, type ResourceKind } from './resources-enums';

/*
 * Event data of the resources context: what a consumer needs without calling back.
 */

export interface ResourceEventData {
  resourceId: string;
  kind: ResourceKind;
  title: string;
  ownerOrganisationId: string;
  districtCode: string;
  capacity: number;
  status: string;
  /** Set on withdrawal. */
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

export interface PlaceRequestEventData {
  placeRequestId: string;
  resourceId: string;
  resourceKind: ResourceKind;
  ownerOrganisationId: string;
  organisationId: string;
  quantity: number;
  fromMonth: string;
  toMonth: string;
  status: string;
  reason: string | null;
}
