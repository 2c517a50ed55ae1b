import { eventType, rpcSubject } from '../events/subjects';

export const COMPLIANCE_CONTEXT = 'compliance';

const rpc = (aggregate: string, action: string) => rpcSubject(COMPLIANCE_CONTEXT, aggregate, action);
const evt = (aggregate: string, pastTense: string) => eventType(COMPLIANCE_CONTEXT, aggregate, pastTense);

/** Request-reply subjects served by the compliance service (before any deployment prefix). */
export const ComplianceRpc = {
  createStandard: rpc('standard', 'create'),
  updateStandard: rpc('standard', 'update'),
  publishStandard: rpc('standard', 'publish'),
  retireStandard: rpc('standard', 'retire'),
  draftNextEdition: rpc('standard', 'draft-next-edition'),
  getStandard: rpc('standard', 'get'),
  listStandards: rpc('standard', 'list'),
  planAudit: rpc('audit', 'plan'),
  planFollowUp: rpc('audit', 'plan-follow-up'),
  assignInspectors: rpc('audit', 'assign'),
  startAudit: rpc('audit', 'start'),
  answerCriterion: rpc('audit', 'answer'),
  addEvidenceLink: rpc('audit', 'add-evidence-link'),
  uploadEvidence: rpc('evidence', 'upload'),
  readEvidence: rpc('evidence', 'read'),
  submitAudit: rpc('audit', 'submit'),
  amendAudit: rpc('audit', 'amend'),
  closeAudit: rpc('audit', 'close'),
  cancelAudit: rpc('audit', 'cancel'),
  getAudit: rpc('audit', 'get'),
  listAudits: rpc('audit', 'list'),
  listFindings: rpc('finding', 'list'),
  respondToAction: rpc('corrective-action', 'respond'),
  closeAction: rpc('corrective-action', 'close'),
  reopenAction: rpc('corrective-action', 'reopen'),
  getAction: rpc('corrective-action', 'get'),
  runOverdueCheck: rpc('corrective-action', 'overdue-check'),
  organisationStatus: rpc('status', 'organisation'),
} as const;
export type ComplianceRpcSubject = (typeof ComplianceRpc)[keyof typeof ComplianceRpc];

/** Event types (= subjects before any prefix) published by the compliance service. */
export const ComplianceEvent = {
  standardPublished: evt('standard', 'published'),
  standardRetired: evt('standard', 'retired'),
  auditPlanned: evt('audit', 'planned'),
  /** The inspectors of a planned audit changed (and perhaps its day): the data names the ones now assigned. */
  auditInspectorsAssigned: evt('audit', 'inspectors-assigned'),
  auditStarted: evt('audit', 'started'),
  auditSubmitted: evt('audit', 'submitted'),
  auditAmended: evt('audit', 'amended'),
  auditCancelled: evt('audit', 'cancelled'),
  auditClosed: evt('audit', 'closed'),
  findingRaised: evt('finding', 'raised'),
  actionSubmitted: evt('corrective-action', 'submitted'),
  actionClosed: evt('corrective-action', 'closed'),
  actionReopened: evt('corrective-action', 'reopened'),
  actionOverdue: evt('corrective-action', 'overdue'),
  gradeChanged: evt('compliance', 'grade-changed'),
} as const;
export type ComplianceEventType = (typeof ComplianceEvent)[keyof typeof ComplianceEvent];
