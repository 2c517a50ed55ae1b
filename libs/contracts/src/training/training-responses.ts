import type {
  AttendanceStatus,
  CertificateValidity,
  CourseCategory,
  CourseStatus,
  EmploymentStatus,
  EnrolmentStatus,
  ExpiringKind,
  LocationKind,
  SessionStatus,
  SessionVenueState,
  VenueBookingState,
  StaffRole,
} from './training-enums';

/** Answers of the training RPCs. Instants are ISO 8601 strings (UTC); dates are YYYY-MM-DD. */

export interface QualificationView {
  kind: string;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
}

export interface StaffView {
  id: string;
  organisationId: string;
  organisationName: string | null;
  name: string;
  role: StaffRole;
  hiredOn: string;
  status: EmploymentStatus;
  leftOn: string | null;
  /** Full to alliance admins and the organisation's own representative, masked (`5101**********123X`) to others. */
  residentId: string | null;
  residentIdMasked: boolean;
  qualifications: QualificationView[];
  healthCertificateExpiresOn: string | null;
  backgroundCheckedOn: string | null;
  version: number;
  updatedAt: string;
}

export interface StaffPage {
  items: StaffView[];
  nextCursor: string | null;
}

export interface CourseView {
  id: string;
  code: string;
  title: string;
  description: string | null;
  category: CourseCategory;
  creditHours: number;
  targetRoles: StaffRole[];
  prerequisiteCourseIds: string[];
  certificateValidityMonths: number | null;
  completionThresholdPercent: number;
  status: CourseStatus;
  version: number;
  createdAt: string;
}

export interface CoursePage {
  items: CourseView[];
  nextCursor: string | null;
}

export interface MeetingView {
  id: string;
  startsAt: string;
  endsAt: string;
  /** The same instants in the alliance's zone (Asia/Shanghai), `2026-12-01 09:00`. */
  local: string;
}

export interface LocationView {
  kind: LocationKind;
  address: string | null;
  url: string | null;
  resourceId: string | null;
  /** Kind venue: the organisation the venue is booked for. */
  organisationId: string | null;
}

/** One meeting's booking of the session's venue. */
export interface VenueBookingView {
  /** Null once the meeting it was made for was moved (a released booking). */
  meetingId: string | null;
  startsAt: string;
  endsAt: string;
  state: VenueBookingState;
  /** The booking at resource sharing, once it answered. */
  bookingId: string | null;
  /** Why it is flagged (or was released). */
  reason: string | null;
}

/** The venue of a session at a shared venue: its overall state and each meeting's booking. */
export interface SessionVenueView {
  state: SessionVenueState;
  /** Kind flagged: what went wrong, for the trainer. */
  reason: string | null;
  bookings: VenueBookingView[];
}

export interface SessionView {
  id: string;
  courseId: string;
  courseCode: string;
  courseTitle: string;
  trainerIds: string[];
  meetings: MeetingView[];
  location: LocationView;
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
  startsAt: string;
  endsAt: string;
  hours: number;
  status: SessionStatus;
  cancellationReason: string | null;
  completedAt: string | null;
  /** Null unless the location is a shared venue. */
  venue: SessionVenueView | null;
  version: number;
}

export interface SessionPage {
  items: SessionView[];
  nextCursor: string | null;
}

export interface EnrolmentView {
  id: string;
  sessionId: string;
  staffId: string;
  staffName: string;
  organisationId: string;
  status: EnrolmentStatus;
  /** Order of request within the session (1, 2, …). */
  requestNumber: number;
  /** Place on the waitlist (1 = next to be promoted), null unless waitlisted. */
  waitlistPosition: number | null;
  requestedAt: string;
  confirmedAt: string | null;
  promoted: boolean;
  cancelledAt: string | null;
  cancellationReason: string | null;
  version: number;
}

export interface AttendanceView {
  meetingId: string;
  staffId: string;
  status: AttendanceStatus;
}

export interface SessionCompletionView {
  session: SessionView;
  /** Confirmed participants with the share of hours they attended and whether they met the rule. */
  results: Array<{
    staffId: string;
    attendedPercent: number;
    completed: boolean;
    certificateId: string | null;
  }>;
}

export interface CertificateView {
  id: string;
  code: string;
  staffId: string;
  holderName: string;
  organisationId: string;
  courseId: string;
  courseTitle: string;
  sessionId: string;
  hours: number;
  issuedAt: string;
  expiresOn: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  validity: CertificateValidity;
  version: number;
}

export interface CertificatePage {
  items: CertificateView[];
  nextCursor: string | null;
}

/** What anyone with the code may see: never the full name or an ID number. */
export interface CertificateVerification {
  validity: CertificateValidity;
  /** `张*明`. */
  holderName: string;
  courseTitle: string;
  courseCode: string;
  hours: number;
  issuedOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
}

export interface TrainingRecordView {
  staff: StaffView;
  certificates: CertificateView[];
  hoursByYear: Array<{ year: number; hours: number }>;
}

export interface HoursLedgerView {
  year: number;
  organisations: Array<{
    organisationId: string;
    organisationName: string | null;
    hours: number;
    people: number;
  }>;
  people: Array<{
    staffId: string;
    name: string;
    organisationId: string;
    hours: number;
    certificates: number;
  }>;
  totalHours: number;
}

export interface ExpiringItemView {
  kind: ExpiringKind;
  /** Certificate id, or `<staffId>:<qualification number>`, or the staff id for a health certificate. */
  itemId: string;
  staffId: string;
  staffName: string;
  organisationId: string;
  what: string;
  expiresOn: string;
  daysLeft: number;
}

export interface ExpiringItemsView {
  asOf: string;
  withinDays: number;
  items: ExpiringItemView[];
}

export interface ExpiryCheckView {
  asOf: string;
  withinDays: number;
  /** Items that came due and were announced now (each item and expiry date only once, ever). */
  announced: number;
}
