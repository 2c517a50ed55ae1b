import type {
  ActionItemStatus,
  MeetingKind,
  NoticeCategory,
  PlaceKind,
  PracticeKind,
  RsvpAnswer,
} from './coordination-enums';

/** An organisation a notice or an invitation was addressed to, with its district (fixed at that moment). */
export interface AddressedOrganisation {
  organisationId: string;
  districtCode: string;
}

export interface NoticePublishedData {
  noticeId: string;
  title: string;
  category: NoticeCategory;
  issuer: string;
  requiresAcknowledgement: boolean;
  acknowledgeBy: string | null;
  /** The organisations addressed, fixed at publication from the admitted members. */
  recipients: AddressedOrganisation[];
  supersedesId: string | null;
  publishedAt: string;
}

export interface NoticeWithdrawnData {
  noticeId: string;
  title: string;
  reason: string;
  withdrawnAt: string;
}

export interface NoticeSupersededData {
  noticeId: string;
  title: string;
  supersededById: string;
  supersededAt: string;
}

export interface NoticeAcknowledgedData {
  noticeId: string;
  organisationId: string;
  districtCode: string;
  acknowledgedBy: string;
  acknowledgedAt: string;
  /** After the deadline. */
  late: boolean;
}

/** Sent once per organisation that has not acknowledged, the notice's reminder days before the deadline. */
export interface NoticeReminderDueData {
  noticeId: string;
  title: string;
  organisationId: string;
  districtCode: string;
  acknowledgeBy: string;
}

export interface NoticeRecipientReleasedData {
  noticeId: string;
  organisationId: string;
  reason: string;
}

export interface MeetingPlaceData {
  kind: PlaceKind;
  address: string | null;
  url: string | null;
  resourceId: string | null;
}

export interface MeetingScheduledData {
  meetingId: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: MeetingPlaceData;
  invitees: AddressedOrganisation[];
}

export interface MeetingCancelledData {
  meetingId: string;
  title: string;
  reason: string;
  invitees: AddressedOrganisation[];
}

export interface MeetingRsvpRecordedData {
  meetingId: string;
  organisationId: string;
  answer: RsvpAnswer;
  attendees: number | null;
  answeredBy: string;
}

export interface MeetingAttendanceRecordedData {
  meetingId: string;
  accountId: string;
  organisationId: string | null;
  districtCode: string | null;
  signedInAt: string;
}

export interface MeetingMinutesPublishedData {
  meetingId: string;
  title: string;
  decisions: string[];
  actionItemIds: string[];
  publishedAt: string;
}

export interface ActionItemEventData {
  actionItemId: string;
  meetingId: string;
  title: string;
  ownerOrganisationId: string;
  dueDate: string;
  status: ActionItemStatus;
  note: string | null;
}

export interface PracticePublishedData {
  practiceId: string;
  kind: PracticeKind;
  title: string;
  tags: string[];
  contributorOrganisationId: string | null;
  standardCodes: string[];
  trainingCategories: string[];
  publishedAt: string;
}

export interface OrganiserData {
  organisationId: string;
}
