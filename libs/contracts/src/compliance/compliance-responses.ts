import type { OrganisationKind } from '../membership/membership-enums';
import type { CourseCategory } from '../training/training-enums';
import type {
  ActionStatus,
  AnswerResult,
  AuditKind,
  AuditStatus,
  BandGrade,
  EvidenceKind,
  FindingSeverity,
  Grade,
  StandardStatus,
} from './compliance-enums';

export interface CriterionView {
  id: string;
  code: string;
  text: string;
  points: number;
  evidenceRequired: boolean;
  veto: boolean;
  appliesTo: OrganisationKind[];
  trainingCategory: CourseCategory | null;
}

export interface AreaView {
  id: string;
  code: string;
  title: string;
  maxPoints: number;
  criteria: CriterionView[];
}

export interface GradeBandView {
  grade: BandGrade;
  minPercent: number;
}

export interface StandardSummary {
  id: string;
  code: string;
  edition: number;
  title: string;
  issuer: string;
  effectiveFrom: string;
  status: StandardStatus;
  totalPoints: number;
  supersedesId: string | null;
  supersededById: string | null;
  publishedAt: string | null;
  retiredAt: string | null;
  version: number;
}

export interface StandardView extends StandardSummary {
  gradeBands: GradeBandView[];
  areas: AreaView[];
}

export interface StandardList {
  items: StandardSummary[];
}

export interface InspectorView {
  accountId: string;
  name: string;
}

export interface EvidenceView {
  id: string;
  kind: EvidenceKind;
  criterionId: string | null;
  actionId: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  url: string | null;
  title: string | null;
  addedBy: string;
  addedAt: string;
  /** A training certificate recorded as evidence (the link is its public verification page). */
  certificate?: CertificateEvidenceView | null;
}

export interface CertificateEvidenceView {
  certificateId: string;
  /** The verification code printed on the certificate. */
  number: string;
  staffId: string;
  courseCode: string;
  issuedAt: string;
  /** Set when training revoked the certificate after it was recorded here. */
  revokedAt: string | null;
  revocationReason: string | null;
}

/** A file's bytes (base64) after its SHA-256 was checked against the one stored at upload. */
export interface EvidenceContent {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  contentBase64: string;
}

export interface AnswerView {
  criterionId: string;
  criterionCode: string;
  result: AnswerResult;
  pointsAwarded: number;
  maxPoints: number;
  reason: string | null;
  notes: string | null;
  answeredBy: string;
  answeredAt: string;
}

export interface AmendmentView {
  sequence: number;
  reason: string;
  /** The answers as they were before this amendment, and as it set them. */
  before: AnswerView[];
  after: AnswerView[];
  previousScore: string;
  previousGrade: Grade;
  score: string;
  grade: Grade;
  amendedBy: string;
  amendedAt: string;
}

export interface ScoreView {
  /** Exact, of the standard's total, two decimals ("823.53"). */
  score: string;
  grade: Grade;
  awardedPoints: number;
  applicablePoints: number;
  totalPoints: number;
  failedVetoCriteria: string[];
}

export interface AuditSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  standardId: string;
  standardCode: string;
  standardEdition: number;
  kind: AuditKind;
  status: AuditStatus;
  plannedDate: string;
  inspectors: InspectorView[];
  score: string | null;
  grade: Grade | null;
  followUpOf: string | null;
  version: number;
}

export interface AuditView extends AuditSummary {
  notes: string | null;
  summary: string | null;
  startedAt: string | null;
  submittedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  /** The score and grade as submitted; `score` / `grade` are the current ones after amendments. */
  originalScore: string | null;
  originalGrade: Grade | null;
  answers: AnswerView[];
  evidence: EvidenceView[];
  amendments: AmendmentView[];
  findings: FindingView[];
}

export interface AuditPage {
  items: AuditSummary[];
  nextCursor: string | null;
}

export interface CorrectiveActionView {
  id: string;
  findingId: string;
  status: ActionStatus;
  dueDate: string;
  overdue: boolean;
  overdueAt: string | null;
  plan: string | null;
  respondedAt: string | null;
  respondedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  reopenReason: string | null;
  evidence: EvidenceView[];
  version: number;
}

export interface FindingView {
  id: string;
  auditId: string;
  organisationId: string;
  criterionId: string;
  criterionCode: string;
  criterionText: string;
  result: AnswerResult;
  severity: FindingSeverity;
  pointsLost: number;
  veto: boolean;
  trainingCategory: string | null;
  raisedAt: string;
  action: CorrectiveActionView;
}

export interface FindingPage {
  items: FindingView[];
  nextCursor: string | null;
}

export interface OverdueCheckResult {
  asOf: string;
  /** Actions this run marked overdue (each is announced once, whichever instance runs). */
  markedOverdue: number;
}

export interface StandardGradeView {
  standardCode: string;
  standardId: string;
  standardEdition: number;
  auditId: string;
  grade: Grade;
  score: string;
  submittedAt: string;
}

export interface OrganisationComplianceView {
  organisationId: string;
  organisationName: string | null;
  latestGrades: StandardGradeView[];
  openActions: number;
  overdueActions: number;
  /** Submitted and closed audits, newest first. */
  history: AuditSummary[];
}
