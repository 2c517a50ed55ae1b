import type { AttachmentView } from './attachment.dto';
import type { OrganisationKind } from '../membership/membership-enums';
import type {
  ActionItemStatus,
  AudienceKind,
  MeetingKind,
  MeetingStatus,
  NoticeCategory,
  NoticeStatus,
  PlaceKind,
  PracticeKind,
  PracticeStatus,
  RsvpAnswer,
} from './coordination-enums';

export interface AudienceView {
  kind: AudienceKind;
  districtCodes: string[] | null;
  kinds: OrganisationKind[] | null;
  workingGroupId: string | null;
  organisationIds: string[] | null;
}

/** Where the caller's organisation stands with a notice. */
export interface OwnAcknowledgementView {
  /** Addressed and not released (an organisation that left the alliance stops owing). */
  addressed: boolean;
  acknowledgedAt: string | null;
  reply: string | null;
}

export interface NoticeSummary {
  id: string;
  title: string;
  category: NoticeCategory;
  issuer: string;
  status: NoticeStatus;
  audience: AudienceView;
  requiresAcknowledgement: boolean;
  acknowledgeBy: string | null;
  reminderDaysBefore: number | null;
  supersedesId: string | null;
  supersededById: string | null;
  publishedAt: string | null;
  /** Organisations that owe (or owed) an acknowledgement; null while a draft. */
  addressedCount: number | null;
  acknowledgedCount: number | null;
  mine: OwnAcknowledgementView | null;
  version: number;
}

export interface NoticeView extends NoticeSummary {
  /** Markdown. */
  body: string;
  /** Files added while it was a draft, oldest first. */
  attachments: AttachmentView[];
  withdrawnAt: string | null;
  withdrawReason: string | null;
  createdBy: string;
  createdAt: string;
}

export interface NoticePage {
  items: NoticeSummary[];
  nextCursor: string | null;
}

export interface RecipientView {
  organisationId: string;
  name: string;
  districtCode: string;
  kind: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  reply: string | null;
  late: boolean;
  remindedAt: string | null;
  /** It left the alliance and no longer owes. */
  releasedAt: string | null;
}

export interface DistrictFigures {
  districtCode: string;
  /** Still owing or acknowledged (released organisations are not counted). */
  addressed: number;
  acknowledged: number;
  outstanding: number;
}

/** Who has and has not acknowledged, per district, as of `asOf`. */
export interface AcknowledgementReport {
  noticeId: string;
  acknowledgeBy: string | null;
  asOf: string;
  totals: { addressed: number; acknowledged: number; outstanding: number; released: number };
  districts: DistrictFigures[];
  organisations: RecipientView[];
}

export interface ReminderCheckResult {
  asOf: string;
  remindersSent: number;
}

export interface PlaceView {
  kind: PlaceKind;
  address: string | null;
  url: string | null;
  resourceId: string | null;
}

export interface InvitationView {
  organisationId: string;
  name: string;
  districtCode: string;
  answer: RsvpAnswer | null;
  attendees: number | null;
  note: string | null;
  answeredAt: string | null;
  releasedAt: string | null;
}

export interface MinutesView {
  summary: string;
  decisions: string[];
  publishedAt: string;
  publishedBy: string;
}

export interface ActionItemView {
  id: string;
  meetingId: string;
  meetingTitle: string;
  title: string;
  ownerOrganisationId: string;
  ownerName: string;
  dueDate: string;
  status: ActionItemStatus;
  doneAt: string | null;
  doneBy: string | null;
  note: string | null;
  overdueAt: string | null;
  releasedAt: string | null;
  version: number;
}

export interface ActionItemPage {
  items: ActionItemView[];
  nextCursor: string | null;
}

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: PlaceView;
  status: MeetingStatus;
  invitedCount: number;
  attendingCount: number;
  minutesPublished: boolean;
  /** The caller's organisation's invitation, if it is invited. */
  mine: InvitationView | null;
  version: number;
}

/**
 * A meeting at a venue of resource sharing, booked on behalf of an organisation: `pending` until the venue's
 * owner approves (or it is approved at once), `confirmed`, `flagged` with the reason (refused, rejected,
 * cancelled by the venue, expired undecided), `released` once the meeting is cancelled.
 */
export interface MeetingVenueView {
  resourceId: string;
  organisationId: string;
  state: 'pending' | 'confirmed' | 'flagged' | 'released';
  bookingId: string | null;
  reason: string | null;
}

export interface MeetingView extends MeetingSummary {
  /** The booking of its venue, when its place is one (else null). */
  venue: MeetingVenueView | null;
  agenda: string[];
  invitees: AudienceView;
  cancelReason: string | null;
  invitations: InvitationView[];
  minutes: MinutesView | null;
  actionItems: ActionItemView[];
  createdBy: string;
  createdAt: string;
}

export interface MeetingPage {
  items: MeetingSummary[];
  nextCursor: string | null;
}

/** The code the organiser shows as a QR code; a new one every period. */
export interface SignInCodeView {
  meetingId: string;
  code: string;
  /** After this the code is refused. */
  expiresAt: string;
  /** When the next code is issued (show it then). */
  refreshAt: string;
}

export interface SignInView {
  meetingId: string;
  accountId: string;
  organisationId: string | null;
  signedInAt: string;
}

export interface OrganisationAttendance {
  organisationId: string;
  name: string;
  districtCode: string;
  invited: boolean;
  answer: RsvpAnswer | null;
  attendeesExpected: number | null;
  signedIn: number;
}

export interface DistrictAttendance {
  districtCode: string;
  organisations: number;
  signedIn: number;
}

export interface AttendanceReport {
  meetingId: string;
  signedIn: number;
  organisations: OrganisationAttendance[];
  districts: DistrictAttendance[];
  accounts: Array<{ accountId: string; username: string; organisationId: string | null; signedInAt: string }>;
}

export interface OverdueItemsResult {
  asOf: string;
  markedOverdue: number;
}

export interface PracticeSummary {
  id: string;
  kind: PracticeKind;
  title: string;
  summary: string;
  tags: string[];
  contributorOrganisationId: string | null;
  contributorName: string | null;
  standardCodes: string[];
  trainingCategories: string[];
  status: PracticeStatus;
  publishedAt: string | null;
  version: number;
}

export interface PracticeView extends PracticeSummary {
  body: string;
  /** Files added while it was a draft, oldest first. */
  attachments: AttachmentView[];
  createdBy: string;
  createdAt: string;
}

export interface PracticePage {
  items: PracticeSummary[];
  nextCursor: string | null;
}

export interface OrganiserView {
  organisationId: string;
  name: string;
  grantedAt: string;
  grantedBy: string;
}

export interface OrganiserList {
  items: OrganiserView[];
}
