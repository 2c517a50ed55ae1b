import type { Schemas } from '../../api/client';
import type { Tone } from '../../lib/StatusTag';

export type AuditSummary = Schemas['AuditSummary'];
export type Audit = Schemas['Audit'];
export type Finding = Schemas['Finding'];
export type CorrectiveAction = Schemas['CorrectiveAction'];
export type AnswerResult = Schemas['AnswerBody']['result'];
export type Evidence = Schemas['Evidence'];

export const RESULTS: AnswerResult[] = ['met', 'partly_met', 'not_met', 'not_applicable'];
export const AUDIT_STATUSES: AuditSummary['status'][] = [
  'planned',
  'in_progress',
  'submitted',
  'closed',
  'cancelled',
];
export const AUDIT_TONES: Record<AuditSummary['status'], Tone> = {
  planned: 'blue',
  in_progress: 'orange',
  submitted: 'green',
  closed: 'grey',
  cancelled: 'grey',
};
export const ACTION_TONES: Record<CorrectiveAction['status'], Tone> = {
  open: 'orange',
  submitted: 'blue',
  closed: 'green',
};
export const SEVERITY_TONES: Record<Finding['severity'], Tone> = {
  critical: 'red',
  major: 'orange',
  minor: 'blue',
};
/** What the evidence endpoints accept (the gateway checks the bytes too). */
export const EVIDENCE_TYPES = 'image/jpeg,image/png,image/webp,application/pdf';
export const EVIDENCE_MAX_BYTES = 524_288;
