import type { ActionStatus, AuditKind, FindingSeverity, Grade } from './compliance-enums';

/*
 * Event data of the compliance context: what a consumer (training, coordination, reporting) needs without
 * calling back. Scores travel as exact decimal strings ("823.53").
 */

export interface StandardEventData {
  standardId: string;
  code: string;
  edition: number;
  title: string;
  totalPoints: number;
  /** Published: the edition it supersedes (now retired), if any. Retired: the edition that superseded it. */
  supersedesId?: string | null;
  supersededById?: string | null;
  reason?: string | null;
  /** Published: the codes of its criteria (CON-1, SAF-1 …), so that others can link to one. Absent before they were sent. */
  criteriaCodes?: string[];
}

export interface AuditEventData {
  auditId: string;
  organisationId: string;
  organisationName: string;
  standardId: string;
  standardCode: string;
  standardEdition: number;
  kind: AuditKind;
  plannedDate: string;
  inspectorIds: string[];
  /** Submitted, amended, closed: the exact score (of the standard's total) and grade. */
  score?: string | null;
  grade?: Grade | null;
  reason?: string | null;
  /** Amended: what it was before. */
  previousScore?: string | null;
  previousGrade?: Grade | null;
}

export interface FindingRaisedData {
  findingId: string;
  actionId: string;
  auditId: string;
  organisationId: string;
  criterionId: string;
  criterionCode: string;
  severity: FindingSeverity;
  pointsLost: number;
  veto: boolean;
  dueDate: string;
  trainingCategory: string | null;
  /** When the finding was raised (consumers before this field use the event's occurredAt). */
  raisedAt?: string;
  criterionText?: string;
}

export interface CorrectiveActionEventData {
  actionId: string;
  findingId: string;
  auditId: string;
  organisationId: string;
  severity: FindingSeverity;
  status: ActionStatus;
  dueDate: string;
  trainingCategory: string | null;
  reason?: string | null;
  /** Training certificates recorded as the action's evidence (ids of training's certificates), if any. */
  certificateIds?: string[];
}

export interface GradeChangedData {
  organisationId: string;
  standardCode: string;
  standardId: string;
  auditId: string;
  previousGrade: Grade | null;
  grade: Grade;
  score: string;
}
