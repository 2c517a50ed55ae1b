import type {
  ApprovalMode,
  BookingRefusal,
  BookingStatus,
  PlaceRequestStatus,
  ResourceKind,
  ResourceStatus,
  Visibility,
} from './resources-enums';

/** Answers of the resources RPCs. Instants are ISO 8601 strings (UTC); dates YYYY-MM-DD; months YYYY-MM. */

export interface OpeningHoursView {
  weekday: number;
  opens: string;
  closes: string;
}

export interface BlackoutView {
  from: string;
  to: string;
  reason: string | null;
}

export interface BookingPolicyView {
  approval: ApprovalMode;
  minNoticeMinutes: number | null;
  maxDurationMinutes: number | null;
  monthlyQuota: number | null;
}

export interface ResourceView {
  id: string;
  kind: ResourceKind;
  title: string;
  description: string | null;
  ownerOrganisationId: string;
  ownerOrganisationName: string | null;
  districtCode: string;
  address: string | null;
  capacity: number;
  visibility: Visibility;
  visibleDistricts: string[];
  openingHours: OpeningHoursView[];
  blackouts: BlackoutView[];
  policy: BookingPolicyView;
  availableFrom: string | null;
  availableUntil: string | null;
  status: ResourceStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ResourcePage {
  items: ResourceView[];
  nextCursor: string | null;
}

export interface BookingView {
  id: string;
  resourceId: string;
  resourceTitle: string;
  resourceKind: ResourceKind;
  ownerOrganisationId: string;
  organisationId: string;
  organisationName: string | null;
  seriesId: string | null;
  startsAt: string;
  endsAt: string;
  purpose: string;
  headcount: number;
  status: BookingStatus;
  decisionNote: string | null;
  cancellationReason: string | null;
  /** Set when another service booked on the organisation's behalf. */
  onBehalfKey: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface BookingPage {
  items: BookingView[];
  nextCursor: string | null;
}

/** A date of a series that was not booked, and why. */
export interface SeriesSkippedDate {
  date: string;
  startsAt: string;
  endsAt: string;
  reason: BookingRefusal;
  message: string;
}

export interface SeriesView {
  seriesId: string;
  booked: BookingView[];
  skipped: SeriesSkippedDate[];
}

export interface SeriesCancellationView {
  seriesId: string;
  cancelled: BookingView[];
}

export interface OnBehalfOutcomeView {
  idempotencyKey: string;
  outcome: 'booked' | 'refused';
  booking: BookingView | null;
  refusal: { reason: string; message: string } | null;
}

/**
 * What a release left: the booking (cancelled now, or as it already was), or none — the request was refused,
 * or had not arrived and never will book (`outcome` released: its key is spent).
 */
export interface OnBehalfReleaseView {
  idempotencyKey: string;
  outcome: 'booked' | 'refused' | 'released';
  booking: BookingView | null;
}

export interface PlaceRequestView {
  id: string;
  resourceId: string;
  resourceTitle: string;
  resourceKind: ResourceKind;
  ownerOrganisationId: string;
  organisationId: string;
  organisationName: string | null;
  quantity: number;
  fromMonth: string;
  toMonth: string;
  purpose: string;
  status: PlaceRequestStatus;
  decisionNote: string | null;
  cancellationReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlaceRequestPage {
  items: PlaceRequestView[];
  nextCursor: string | null;
}

export interface ExpiryCheckView {
  expiredBookings: number;
  expiredPlaceRequests: number;
}

/** What was shared over the period: hours of timed resources, place-months and item-months. */
export interface SharingFigures {
  hours: number;
  placeMonths: number;
  itemMonths: number;
  bookings: number;
}

export interface OrganisationReciprocity {
  organisationId: string;
  organisationName: string | null;
  districtCode: string | null;
  resourcesOffered: number;
  /** Others' use of what it offers. */
  usedByOthers: SharingFigures;
  /** Its use of what others offer. */
  usedOfOthers: SharingFigures;
}

export interface DistrictReciprocity {
  districtCode: string;
  resourcesOffered: number;
  usedByOthers: SharingFigures;
  usedOfOthers: SharingFigures;
}

export interface ReciprocityView {
  from: string;
  to: string;
  organisations: OrganisationReciprocity[];
  districts: DistrictReciprocity[];
}
