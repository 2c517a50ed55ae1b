/** What a person does at a member organisation. */
export const StaffRole = {
  Caregiver: 'caregiver', // 保育员
  InfantCareSpecialist: 'infant_care_specialist', // 育婴员
  HealthStaff: 'health_staff', // 保健医
  Teacher: 'teacher', // 教师
  Director: 'director', // 园长/负责人
  Cook: 'cook', // 炊事员
  Security: 'security', // 安保
  Other: 'other',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];
export const STAFF_ROLES = Object.values(StaffRole) as StaffRole[];

export const EmploymentStatus = { Active: 'active', Left: 'left' } as const;
export type EmploymentStatus = (typeof EmploymentStatus)[keyof typeof EmploymentStatus];
export const EMPLOYMENT_STATUSES = Object.values(EmploymentStatus) as EmploymentStatus[];

export const CourseCategory = {
  CareAndFeeding: 'care_and_feeding',
  HealthAndHygiene: 'health_and_hygiene',
  SafetyAndFirstAid: 'safety_and_first_aid',
  EarlyDevelopment: 'early_development',
  ParentingGuidance: 'parenting_guidance',
  MedicalChildcareIntegration: 'medical_childcare_integration',
  Management: 'management',
} as const;
export type CourseCategory = (typeof CourseCategory)[keyof typeof CourseCategory];
export const COURSE_CATEGORIES = Object.values(CourseCategory) as CourseCategory[];

export const CourseStatus = { Draft: 'draft', Published: 'published', Retired: 'retired' } as const;
export type CourseStatus = (typeof CourseStatus)[keyof typeof CourseStatus];
export const COURSE_STATUSES = Object.values(CourseStatus) as CourseStatus[];

export const SessionStatus = {
  Scheduled: 'scheduled',
  Cancelled: 'cancelled',
  Completed: 'completed',
} as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];
export const SESSION_STATUSES = Object.values(SessionStatus) as SessionStatus[];

export const LocationKind = { Address: 'address', Online: 'online', Venue: 'venue' } as const;
export type LocationKind = (typeof LocationKind)[keyof typeof LocationKind];
export const LOCATION_KINDS = Object.values(LocationKind) as LocationKind[];

/**
 * A session venue's booking at resource sharing, one per meeting: `requested` (sent, no answer yet),
 * `pending` (booked, the owner has not decided), `confirmed` (approved), `flagged` (refused, rejected,
 * cancelled or expired: the trainer must act), `released` (given back: session moved or cancelled).
 */
export const VenueBookingState = {
  Requested: 'requested',
  Pending: 'pending',
  Confirmed: 'confirmed',
  Flagged: 'flagged',
  Released: 'released',
} as const;
export type VenueBookingState = (typeof VenueBookingState)[keyof typeof VenueBookingState];
export const VENUE_BOOKING_STATES = Object.values(VenueBookingState) as VenueBookingState[];

/** The session's venue as a whole: `pending` until every meeting's booking is approved. */
export const SessionVenueState = {
  Pending: 'pending',
  Confirmed: 'confirmed',
  Flagged: 'flagged',
  Released: 'released',
} as const;
export type SessionVenueState = (typeof SessionVenueState)[keyof typeof SessionVenueState];
export const SESSION_VENUE_STATES = Object.values(SessionVenueState) as SessionVenueState[];

export const EnrolmentStatus = {
  Confirmed: 'confirmed',
  Waitlisted: 'waitlisted',
  Cancelled: 'cancelled',
} as const;
export type EnrolmentStatus = (typeof EnrolmentStatus)[keyof typeof EnrolmentStatus];
export const ENROLMENT_STATUSES = Object.values(EnrolmentStatus) as EnrolmentStatus[];

export const AttendanceStatus = {
  Present: 'present',
  Late: 'late',
  Absent: 'absent',
  Excused: 'excused',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];
export const ATTENDANCE_STATUSES = Object.values(AttendanceStatus) as AttendanceStatus[];
/** Statuses whose meeting hours count as attended for the completion rule. */
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = [
  AttendanceStatus.Present,
  AttendanceStatus.Late,
];

/** What a verification code answers. */
export const CertificateValidity = { Valid: 'valid', Expired: 'expired', Revoked: 'revoked' } as const;
export type CertificateValidity = (typeof CertificateValidity)[keyof typeof CertificateValidity];
export const CERTIFICATE_VALIDITIES = Object.values(CertificateValidity) as CertificateValidity[];

/** Items the expiry lists and the daily check look at. */
export const ExpiringKind = {
  Certificate: 'certificate',
  Qualification: 'qualification',
  HealthCertificate: 'health_certificate',
} as const;
export type ExpiringKind = (typeof ExpiringKind)[keyof typeof ExpiringKind];
export const EXPIRING_KINDS = Object.values(ExpiringKind) as ExpiringKind[];

/** Why an enrolment was refused (details.reason of a BUSINESS_RULE_VIOLATED). */
export const EnrolmentRefusal = {
  OrganisationNotAdmitted: 'organisation_not_admitted',
  StaffNotActive: 'staff_not_active',
  RoleNotTargeted: 'role_not_targeted',
  PrerequisiteMissing: 'prerequisite_missing',
  OverlappingEnrolment: 'overlapping_enrolment',
  EnrolmentWindowClosed: 'enrolment_window_closed',
  SessionNotScheduled: 'session_not_scheduled',
} as const;
export type EnrolmentRefusal = (typeof EnrolmentRefusal)[keyof typeof EnrolmentRefusal];

export const DEFAULT_COMPLETION_THRESHOLD_PERCENT = 80;
export const TRAINING_LIST_DEFAULT_LIMIT = 20;
export const TRAINING_LIST_MAX_LIMIT = 100;
export const MAX_SESSION_CAPACITY = 1000;
export const ALLIANCE_TIME_ZONE = 'Asia/Shanghai';
