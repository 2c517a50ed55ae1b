import {
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Min,
} from 'class-validator';
import {
  ENROLMENT_STATUSES,
  EXPIRING_KINDS,
  SESSION_STATUSES,
  SESSION_VENUE_STATES,
  STAFF_ROLES,
  VENUE_BOOKING_STATES,
  type EnrolmentStatus,
  type ExpiringKind,
  type SessionStatus,
  type SessionVenueState,
  type StaffRole,
  type VenueBookingState,
} from './training-enums';

/*
 * Event data of the training context: what a consumer (compliance, coordination, reporting) needs without
 * calling back. Resident ID numbers never travel.
 */

export class CourseEventData {
  @IsUUID() courseId!: string;
  @IsString() code!: string;
  @IsString() title!: string;
  @IsString() category!: string;
  @IsNumber() creditHours!: number;
  @IsArray() targetRoles!: string[];
  @IsOptional() @IsString() reason?: string | null;
}

export class MeetingData {
  @IsUUID() meetingId!: string;
  @IsISO8601() startsAt!: string;
  @IsISO8601() endsAt!: string;
}

export class SessionEventData {
  @IsUUID() sessionId!: string;
  @IsUUID() courseId!: string;
  @IsString() courseTitle!: string;
  @IsArray() trainerIds!: string[];
  @IsArray() meetings!: MeetingData[];
  @IsInt() @Min(1) capacity!: number;
  @IsIn(SESSION_STATUSES) status!: SessionStatus;
  @IsOptional() @IsString() reason?: string | null;
  /** Rescheduled / cancelled: the organisations with confirmed or waitlisted staff, to be told. */
  @IsOptional() @IsArray() affectedOrganisationIds?: string[];
  /** Rescheduled: the meetings before the change. */
  @IsOptional() @IsArray() previousMeetings?: MeetingData[];
  /** Completed: how many participants met the completion rule. */
  @IsOptional() @IsInt() completedCount?: number;
}

export class VenueBookingData {
  @IsOptional() @IsUUID() meetingId!: string | null;
  @IsISO8601() startsAt!: string;
  @IsISO8601() endsAt!: string;
  @IsIn(VENUE_BOOKING_STATES) state!: VenueBookingState;
  @IsOptional() @IsUUID() bookingId!: string | null;
  @IsOptional() @IsString() reason!: string | null;
}

/** session-venue.confirmed / .flagged: the session's venue as a whole and each meeting's booking. */
export class SessionVenueEventData {
  @IsUUID() sessionId!: string;
  @IsUUID() courseId!: string;
  @IsArray() trainerIds!: string[];
  @IsUUID() resourceId!: string;
  @IsUUID() organisationId!: string;
  @IsIn(SESSION_VENUE_STATES) state!: SessionVenueState;
  @IsOptional() @IsString() reason!: string | null;
  @IsArray() bookings!: VenueBookingData[];
}

export class EnrolmentEventData {
  @IsUUID() enrolmentId!: string;
  @IsUUID() sessionId!: string;
  @IsUUID() courseId!: string;
  @IsUUID() staffId!: string;
  @IsUUID() organisationId!: string;
  @IsIn(ENROLMENT_STATUSES) status!: EnrolmentStatus;
  @IsInt() requestNumber!: number;
  @IsOptional() @IsInt() waitlistPosition?: number | null;
  @IsOptional() @IsString() reason?: string | null;
  /** Cancelled: the enrolment promoted into the freed seat, if any. */
  @IsOptional() @IsUUID() promotedEnrolmentId?: string | null;
}

export class AttendanceRecordedData {
  @IsUUID() sessionId!: string;
  @IsArray() marks!: Array<{ meetingId: string; staffId: string; status: string }>;
}

export class CertificateEventData {
  @IsUUID() certificateId!: string;
  @IsUUID() staffId!: string;
  @IsUUID() organisationId!: string;
  @IsUUID() courseId!: string;
  @IsString() courseCode!: string;
  @IsUUID() sessionId!: string;
  @IsNumber() hours!: number;
  @IsISO8601() issuedAt!: string;
  @IsOptional() @IsString() expiresOn!: string | null;
  @IsOptional() @IsString() reason?: string | null;
  /** The course's category (consumers match it against findings' training categories). */
  @IsOptional() @IsString() category?: string;
  @IsOptional() @IsString() courseTitle?: string;
  /** The verification code printed on the certificate: anyone may check it on the public verification page. */
  @IsOptional() @IsString() verificationCode?: string;
}

/** An item coming due: announced once per item and expiry date by the daily check. */
export class ExpiringItemData {
  @IsIn(EXPIRING_KINDS) kind!: ExpiringKind;
  @IsString() itemId!: string;
  @IsUUID() staffId!: string;
  @IsUUID() organisationId!: string;
  @IsString() what!: string;
  @IsString() expiresOn!: string;
  @IsInt() daysLeft!: number;
}

export class StaffEventData {
  @IsUUID() staffId!: string;
  @IsUUID() organisationId!: string;
  @IsString() name!: string;
  @IsIn(STAFF_ROLES) role!: StaffRole;
  @IsString() status!: string;
  @IsOptional() @IsArray() changedFields?: string[];
  @IsOptional() @IsString() leftOn?: string | null;
}
