import type { Schemas } from '../../api/client';
import type { Tone } from '../../lib/StatusTag';

export type Task = Schemas['Task'];
export type NoticeSummary = Schemas['NoticeSummary'];
export type Notice = Schemas['Notice'];
export type MeetingSummary = Schemas['CoordinationMeetingSummary'];
export type Meeting = Schemas['CoordinationMeeting'];
export type ActionItem = Schemas['ActionItem'];
export type PracticeSummary = Schemas['PracticeSummary'];
export type Practice = Schemas['Practice'];
export type Attachment = Schemas['Attachment'];

export const NOTICE_CATEGORIES = ['policy', 'notice', 'meeting_notice', 'standard_update'] as const;
export const NOTICE_STATUSES = ['draft', 'published', 'withdrawn', 'superseded'] as const;
export const AUDIENCE_KINDS = ['alliance', 'districts', 'kinds', 'working_group', 'members'] as const;
export const MEETING_KINDS = ['alliance_meeting', 'working_group_meeting', 'site_visit', 'forum'] as const;
export const PRACTICE_KINDS = ['case', 'report', 'research'] as const;
export const ORGANISATION_KINDS = [
  'childcare_centre',
  'kindergarten',
  'hospital',
  'maternal_child_health_institute',
  'university',
  'government_bureau',
  'enterprise',
  'other',
] as const;

export const NOTICE_TONES: Record<Notice['status'], Tone> = {
  draft: 'grey',
  published: 'green',
  withdrawn: 'red',
  superseded: 'orange',
};
export const MEETING_TONES: Record<Meeting['status'], Tone> = { scheduled: 'blue', cancelled: 'red' };
export const PRACTICE_TONES: Record<Practice['status'], Tone> = { draft: 'grey', published: 'green' };
