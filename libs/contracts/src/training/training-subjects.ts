import { eventType, rpcSubject } from '../events/subjects';

export const TRAINING_CONTEXT = 'training';

const rpc = (aggregate: string, action: string) => rpcSubject(TRAINING_CONTEXT, aggregate, action);
const evt = (aggregate: string, pastTense: string) => eventType(TRAINING_CONTEXT, aggregate, pastTense);

/** Request-reply subjects served by the training service (before any deployment prefix). */
export const TrainingRpc = {
  registerStaff: rpc('staff', 'register'),
  updateStaff: rpc('staff', 'update'),
  staffLeaves: rpc('staff', 'leave'),
  getStaff: rpc('staff', 'get'),
  listStaff: rpc('staff', 'list'),
  trainingRecord: rpc('staff', 'training-record'),
  createCourse: rpc('course', 'create'),
  publishCourse: rpc('course', 'publish'),
  retireCourse: rpc('course', 'retire'),
  getCourse: rpc('course', 'get'),
  listCourses: rpc('course', 'list'),
  scheduleSession: rpc('session', 'schedule'),
  rescheduleSession: rpc('session', 'reschedule'),
  cancelSession: rpc('session', 'cancel'),
  completeSession: rpc('session', 'complete'),
  recordAttendance: rpc('session', 'record-attendance'),
  getSession: rpc('session', 'get'),
  listSessions: rpc('session', 'list'),
  listSessionEnrolments: rpc('session', 'enrolments'),
  enrol: rpc('enrolment', 'enrol'),
  cancelEnrolment: rpc('enrolment', 'cancel'),
  listCertificates: rpc('certificate', 'list'),
  revokeCertificate: rpc('certificate', 'revoke'),
  verifyCertificate: rpc('certificate', 'verify'),
  hoursLedger: rpc('report', 'hours'),
  expiringItems: rpc('report', 'expiring'),
  runExpiryCheck: rpc('report', 'expiry-check'),
  listRequirements: rpc('requirement', 'list'),
  getRequirement: rpc('requirement', 'get'),
} as const;
export type TrainingRpcSubject = (typeof TrainingRpc)[keyof typeof TrainingRpc];

/** Event types (= subjects before any prefix) published by the training service. */
export const TrainingEvent = {
  coursePublished: evt('course', 'published'),
  courseRetired: evt('course', 'retired'),
  sessionScheduled: evt('session', 'scheduled'),
  sessionRescheduled: evt('session', 'rescheduled'),
  sessionCancelled: evt('session', 'cancelled'),
  sessionCompleted: evt('session', 'completed'),
  enrolmentConfirmed: evt('enrolment', 'confirmed'),
  enrolmentWaitlisted: evt('enrolment', 'waitlisted'),
  enrolmentPromoted: evt('enrolment', 'promoted'),
  enrolmentCancelled: evt('enrolment', 'cancelled'),
  attendanceRecorded: evt('attendance', 'recorded'),
  /** The session's venue is booked for every meeting (its own aggregate: id = session id). */
  sessionVenueConfirmed: evt('session-venue', 'confirmed'),
  /** A meeting's venue booking was refused, rejected, cancelled or expired: the trainer must act. */
  sessionVenueFlagged: evt('session-venue', 'flagged'),
  certificateIssued: evt('certificate', 'issued'),
  certificateRevoked: evt('certificate', 'revoked'),
  certificateExpiring: evt('certificate', 'expiring'),
  staffRegistered: evt('staff', 'registered'),
  staffUpdated: evt('staff', 'updated'),
  staffLeft: evt('staff', 'left'),
} as const;
export type TrainingEventType = (typeof TrainingEvent)[keyof typeof TrainingEvent];
