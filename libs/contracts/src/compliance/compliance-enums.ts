/** draft → published (immutable from then on) → retired. */
export const StandardStatus = { Draft: 'draft', Published: 'published', Retired: 'retired' } as const;
export type StandardStatus = (typeof StandardStatus)[keyof typeof StandardStatus];
export const STANDARD_STATUSES = Object.values(StandardStatus) as StandardStatus[];

export const AuditKind = {
  Onboarding: 'onboarding',
  Routine: 'routine',
  FollowUp: 'follow_up',
  Complaint: 'complaint',
} as const;
export type AuditKind = (typeof AuditKind)[keyof typeof AuditKind];
export const AUDIT_KINDS = Object.values(AuditKind) as AuditKind[];

/** planned → in_progress → submitted → closed; planned or in_progress → cancelled. */
export const AuditStatus = {
  Planned: 'planned',
  InProgress: 'in_progress',
  Submitted: 'submitted',
  Closed: 'closed',
  Cancelled: 'cancelled',
} as const;
export type AuditStatus = (typeof AuditStatus)[keyof typeof AuditStatus];
export const AUDIT_STATUSES = Object.values(AuditStatus) as AuditStatus[];

export const AnswerResult = {
  Met: 'met',
  PartlyMet: 'partly_met',
  NotMet: 'not_met',
  NotApplicable: 'not_applicable',
} as const;
export type AnswerResult = (typeof AnswerResult)[keyof typeof AnswerResult];
export const ANSWER_RESULTS = Object.values(AnswerResult) as AnswerResult[];

/** Grade bands A–D by score share; a failed veto criterion (一票否决) makes it `fail` whatever the score. */
export const Grade = { A: 'A', B: 'B', C: 'C', D: 'D', Fail: 'fail' } as const;
export type Grade = (typeof Grade)[keyof typeof Grade];
export const GRADES = Object.values(Grade) as Grade[];
export const BAND_GRADES = ['A', 'B', 'C', 'D'] as const;
export type BandGrade = (typeof BAND_GRADES)[number];

export const FindingSeverity = { Critical: 'critical', Major: 'major', Minor: 'minor' } as const;
export type FindingSeverity = (typeof FindingSeverity)[keyof typeof FindingSeverity];
export const FINDING_SEVERITIES = Object.values(FindingSeverity) as FindingSeverity[];

/** open → submitted (the representative answered) → closed; submitted or closed → open again (reopened). */
export const ActionStatus = { Open: 'open', Submitted: 'submitted', Closed: 'closed' } as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];
export const ACTION_STATUSES = Object.values(ActionStatus) as ActionStatus[];

export const EvidenceKind = { File: 'file', Link: 'link' } as const;
export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];

/** Content types accepted as evidence files (photos and PDFs). */
export const EVIDENCE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

export const COMPLIANCE_LIST_MAX_LIMIT = 200;
