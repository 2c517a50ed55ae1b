/** 政策文件, 通知公告, 会议通知, 标准更新. */
export const NoticeCategory = {
  Policy: 'policy',
  Notice: 'notice',
  MeetingNotice: 'meeting_notice',
  StandardUpdate: 'standard_update',
} as const;
export type NoticeCategory = (typeof NoticeCategory)[keyof typeof NoticeCategory];
export const NOTICE_CATEGORIES = Object.values(NoticeCategory) as NoticeCategory[];

/** draft → published → withdrawn | superseded (by a newer notice published in its place). */
export const NoticeStatus = {
  Draft: 'draft',
  Published: 'published',
  Withdrawn: 'withdrawn',
  Superseded: 'superseded',
} as const;
export type NoticeStatus = (typeof NoticeStatus)[keyof typeof NoticeStatus];
export const NOTICE_STATUSES = Object.values(NoticeStatus) as NoticeStatus[];

/** Who a notice is addressed to; resolved to admitted organisations once, at publication. */
export const AudienceKind = {
  Alliance: 'alliance',
  Districts: 'districts',
  Kinds: 'kinds',
  WorkingGroup: 'working_group',
  Members: 'members',
} as const;
export type AudienceKind = (typeof AudienceKind)[keyof typeof AudienceKind];
export const AUDIENCE_KINDS = Object.values(AudienceKind) as AudienceKind[];

/** 联盟会议, 工作组会议, 实地参访, 论坛. */
export const MeetingKind = {
  AllianceMeeting: 'alliance_meeting',
  WorkingGroupMeeting: 'working_group_meeting',
  SiteVisit: 'site_visit',
  Forum: 'forum',
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];
export const MEETING_KINDS = Object.values(MeetingKind) as MeetingKind[];

export const MeetingStatus = { Scheduled: 'scheduled', Cancelled: 'cancelled' } as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];
export const MEETING_STATUSES = Object.values(MeetingStatus) as MeetingStatus[];

/** An address, an online link, or a venue of resource sharing (by its resource id). */
export const PlaceKind = { Address: 'address', Online: 'online', Venue: 'venue' } as const;
export type PlaceKind = (typeof PlaceKind)[keyof typeof PlaceKind];
export const PLACE_KINDS = Object.values(PlaceKind) as PlaceKind[];

export const RsvpAnswer = { Attending: 'attending', Declined: 'declined' } as const;
export type RsvpAnswer = (typeof RsvpAnswer)[keyof typeof RsvpAnswer];
export const RSVP_ANSWERS = Object.values(RsvpAnswer) as RsvpAnswer[];

/** open → done; an open item past its due date is announced overdue once (it stays open). */
export const ActionItemStatus = { Open: 'open', Done: 'done' } as const;
export type ActionItemStatus = (typeof ActionItemStatus)[keyof typeof ActionItemStatus];
export const ACTION_ITEM_STATUSES = Object.values(ActionItemStatus) as ActionItemStatus[];

/** 案例, 报告, 研究成果. */
export const PracticeKind = { Case: 'case', Report: 'report', Research: 'research' } as const;
export type PracticeKind = (typeof PracticeKind)[keyof typeof PracticeKind];
export const PRACTICE_KINDS = Object.values(PracticeKind) as PracticeKind[];

export const PracticeStatus = { Draft: 'draft', Published: 'published' } as const;
export type PracticeStatus = (typeof PracticeStatus)[keyof typeof PracticeStatus];
export const PRACTICE_STATUSES = Object.values(PracticeStatus) as PracticeStatus[];

/** The library's usual tags (others may be added freely). */
export const PRACTICE_TAGS = ['医育结合', '普惠运营', '托幼一体化', '科学育儿'] as const;

export const COORDINATION_LIST_MAX_LIMIT = 200;
