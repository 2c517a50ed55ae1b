import { eventType, rpcSubject } from '../events/subjects';

export const COORDINATION_CONTEXT = 'coordination';

const rpc = (aggregate: string, action: string) => rpcSubject(COORDINATION_CONTEXT, aggregate, action);
const evt = (aggregate: string, pastTense: string) => eventType(COORDINATION_CONTEXT, aggregate, pastTense);

/** Request-reply subjects served by the coordination service (before any deployment prefix). */
export const CoordinationRpc = {
  createNotice: rpc('notice', 'create'),
  updateNotice: rpc('notice', 'update'),
  publishNotice: rpc('notice', 'publish'),
  withdrawNotice: rpc('notice', 'withdraw'),
  getNotice: rpc('notice', 'get'),
  listNotices: rpc('notice', 'list'),
  acknowledgeNotice: rpc('notice', 'acknowledge'),
  noticeAcknowledgements: rpc('notice', 'acknowledgements'),
  runReminderCheck: rpc('notice', 'reminder-check'),
  scheduleMeeting: rpc('meeting', 'schedule'),
  cancelMeeting: rpc('meeting', 'cancel'),
  getMeeting: rpc('meeting', 'get'),
  listMeetings: rpc('meeting', 'list'),
  answerInvitation: rpc('meeting', 'rsvp'),
  signInCode: rpc('meeting', 'sign-in-code'),
  signIn: rpc('meeting', 'sign-in'),
  attendance: rpc('meeting', 'attendance'),
  publishMinutes: rpc('meeting', 'publish-minutes'),
  listActionItems: rpc('action-item', 'list'),
  completeActionItem: rpc('action-item', 'complete'),
  runOverdueCheck: rpc('action-item', 'overdue-check'),
  createPractice: rpc('practice', 'create'),
  publishPractice: rpc('practice', 'publish'),
  getPractice: rpc('practice', 'get'),
  listPractices: rpc('practice', 'list'),
  /** A file for a draft notice or library entry; read back by whoever may read what it is attached to. */
  uploadAttachment: rpc('attachment', 'upload'),
  readAttachment: rpc('attachment', 'read'),
  grantOrganiser: rpc('organiser', 'grant'),
  revokeOrganiser: rpc('organiser', 'revoke'),
  listOrganisers: rpc('organiser', 'list'),
  /** The caller's open tasks (a person's to-do list), projected from the services' events. */
  listTasks: rpc('task', 'list'),
} as const;
export type CoordinationRpcSubject = (typeof CoordinationRpc)[keyof typeof CoordinationRpc];

/** Event types (= subjects before any prefix) published by the coordination service. */
export const CoordinationEvent = {
  noticePublished: evt('notice', 'published'),
  noticeWithdrawn: evt('notice', 'withdrawn'),
  noticeSuperseded: evt('notice', 'superseded'),
  noticeAcknowledged: evt('notice', 'acknowledged'),
  noticeReminderDue: evt('notice', 'reminder-due'),
  /** An organisation left the alliance: it no longer owes this notice's acknowledgement. */
  noticeRecipientReleased: evt('notice', 'recipient-released'),
  meetingScheduled: evt('meeting', 'scheduled'),
  meetingCancelled: evt('meeting', 'cancelled'),
  meetingRsvpRecorded: evt('meeting', 'rsvp-recorded'),
  meetingAttendanceRecorded: evt('meeting', 'attendance-recorded'),
  meetingMinutesPublished: evt('meeting', 'minutes-published'),
  actionItemAssigned: evt('action-item', 'assigned'),
  actionItemDone: evt('action-item', 'done'),
  actionItemOverdue: evt('action-item', 'overdue'),
  /** Its owner left the alliance: the item is no longer owed. */
  actionItemReleased: evt('action-item', 'released'),
  practicePublished: evt('practice', 'published'),
  organiserGranted: evt('organiser', 'granted'),
  organiserRevoked: evt('organiser', 'revoked'),
} as const;
export type CoordinationEventType = (typeof CoordinationEvent)[keyof typeof CoordinationEvent];
