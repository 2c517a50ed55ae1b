/** What a member offers (资源共享). */
export const ResourceKind = {
  Venue: 'venue', // 场地
  Expert: 'expert', // 专家
  Equipment: 'equipment', // 设备
  Material: 'material', // 教材
  Places: 'places', // 托位
} as const;
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind];
export const RESOURCE_KINDS = Object.values(ResourceKind) as ResourceKind[];
/** Kinds booked for a time range; the others are requested for a quantity over months. */
export const TIMED_KINDS: readonly ResourceKind[] = [
  ResourceKind.Venue,
  ResourceKind.Expert,
  ResourceKind.Equipment,
];
export const QUANTITY_KINDS: readonly ResourceKind[] = [ResourceKind.Material, ResourceKind.Places];
export function isTimedKind(kind: ResourceKind): boolean {
  return TIMED_KINDS.includes(kind);
}

export const ResourceStatus = { Listed: 'listed', Withdrawn: 'withdrawn' } as const;
export type ResourceStatus = (typeof ResourceStatus)[keyof typeof ResourceStatus];
export const RESOURCE_STATUSES = Object.values(ResourceStatus) as ResourceStatus[];

export const Visibility = { Alliance: 'alliance', Districts: 'districts' } as const;
export type Visibility = (typeof Visibility)[keyof typeof Visibility];
export const VISIBILITIES = Object.values(Visibility) as Visibility[];

export const ApprovalMode = { Auto: 'auto', Owner: 'owner' } as const;
export type ApprovalMode = (typeof ApprovalMode)[keyof typeof ApprovalMode];
export const APPROVAL_MODES = Object.values(ApprovalMode) as ApprovalMode[];

export const BookingStatus = {
  Requested: 'requested',
  Approved: 'approved',
  Rejected: 'rejected',
  Cancelled: 'cancelled',
  Expired: 'expired',
  Completed: 'completed',
  NoShow: 'no_show',
} as const;
export type BookingStatus = (typeof BookingStatus)[keyof typeof BookingStatus];
export const BOOKING_STATUSES = Object.values(BookingStatus) as BookingStatus[];
/** Statuses that hold the slot (the exclusion constraint covers exactly these). */
export const LIVE_BOOKING_STATUSES: readonly BookingStatus[] = [
  BookingStatus.Requested,
  BookingStatus.Approved,
];

export const PlaceRequestStatus = {
  Requested: 'requested',
  Approved: 'approved',
  Rejected: 'rejected',
  Cancelled: 'cancelled',
  Expired: 'expired',
} as const;
export type PlaceRequestStatus = (typeof PlaceRequestStatus)[keyof typeof PlaceRequestStatus];
export const PLACE_REQUEST_STATUSES = Object.values(PlaceRequestStatus) as PlaceRequestStatus[];

/**
 * Why a booking or request was refused: `details.reason` of the DomainError and the first word of the
 * field's reason in problem+json, so clients can tell the rules apart.
 */
export const BookingRefusal = {
  SlotTaken: 'slot_taken',
  OutsideOpeningHours: 'outside_opening_hours',
  Blackout: 'blackout',
  OverQuota: 'over_quota',
  NoticeTooShort: 'notice_too_short',
  TooLong: 'too_long',
  OverCapacity: 'over_capacity',
  InThePast: 'in_the_past',
  ResourceWithdrawn: 'resource_withdrawn',
  NotTimed: 'not_timed',
  NotVisible: 'not_visible',
  OrganisationNotAdmitted: 'organisation_not_admitted',
  OverOffer: 'over_offer',
  OutsideOffer: 'outside_offer',
  NotQuantity: 'not_quantity',
} as const;
export type BookingRefusal = (typeof BookingRefusal)[keyof typeof BookingRefusal];
export const BOOKING_REFUSALS = Object.values(BookingRefusal) as BookingRefusal[];

export const RESOURCES_LIST_DEFAULT_LIMIT = 20;
export const RESOURCES_LIST_MAX_LIMIT = 100;
export const MAX_RESOURCE_CAPACITY = 10_000;
export const MAX_SERIES_OCCURRENCES = 52;
export const RESOURCES_TIME_ZONE = 'Asia/Shanghai';
