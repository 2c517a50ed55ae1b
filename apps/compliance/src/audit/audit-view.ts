import type {
  AmendmentView,
  AnswerView,
  AuditSummary,
  AuditView,
  CorrectiveActionView,
  EvidenceView,
  FindingView,
  Grade,
} from '@alliance/contracts/compliance';
import type { EntityManager } from 'typeorm';
import { notFound } from '../shared/errors';

/** The SELECT list of an audit summary (alias `a`, joined standard `s`). */
export const AUDIT_SUMMARY_COLUMNS = `
  a.id, a.organisation_id AS "organisationId", a.organisation_name AS "organisationName",
  a.standard_id AS "standardId", s.code AS "standardCode", s.edition AS "standardEdition", a.kind, a.status,
  a.planned_date::text AS "plannedDate", a.score::text AS score, a.grade, a.follow_up_of AS "followUpOf",
  a.version,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('accountId', i.inspector_id, 'name', i.inspector_name)
                              ORDER BY i.inspector_name)
              FROM audit_inspector i WHERE i.audit_id = a.id), '[]'::jsonb) AS inspectors`;

export async function auditSummaries(
  manager: EntityManager,
  where: string,
  params: unknown[],
  tail = '',
): Promise<AuditSummary[]> {
  return manager.query(
    `SELECT ${AUDIT_SUMMARY_COLUMNS} FROM audit a JOIN standard s ON s.id = a.standard_id WHERE ${where} ${tail}`,
    params,
  );
}

export const EVIDENCE_COLUMNS = `
  id, kind, criterion_id AS "criterionId", action_id AS "actionId", file_name AS "fileName",
  content_type AS "contentType", size_bytes AS "sizeBytes", sha256, url, title, added_by AS "addedBy",
  to_json(added_at) #>> '{}' AS "addedAt",
  CASE WHEN certificate_id IS NULL THEN NULL ELSE jsonb_build_object(
    'certificateId', certificate_id, 'number', certificate_number, 'staffId', certificate_staff_id,
    'courseCode', certificate_course_code, 'issuedAt', certificate_issued_at,
    'revokedAt', certificate_revoked_at, 'revocationReason', certificate_revocation_reason) END AS certificate`;

export function evidenceOfAudit(manager: EntityManager, auditId: string): Promise<EvidenceView[]> {
  return manager.query(`SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE audit_id = $1 ORDER BY added_at, id`, [
    auditId,
  ]);
}

export function evidenceOfActions(manager: EntityManager, actionIds: string[]): Promise<EvidenceView[]> {
  if (actionIds.length === 0) return Promise.resolve([]);
  return manager.query(
    `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE action_id = ANY($1) ORDER BY added_at, id`,
    [actionIds],
  );
}

interface AnswerRow extends AnswerView {
  revision: number;
}

/** Every revision of an audit's answers (0 = as submitted, n = amendment n), oldest first. */
async function answerRows(manager: EntityManager, auditId: string): Promise<AnswerRow[]> {
  return manager.query(
    `SELECT r.criterion_id AS "criterionId", c.code AS "criterionCode", r.result, r.points_awarded AS "pointsAwarded",
            c.points AS "maxPoints", r.reason, r.notes, r.answered_by AS "answeredBy",
            to_json(r.answered_at) #>> '{}' AS "answeredAt", r.revision
       FROM audit_answer r
       JOIN standard_criterion c ON c.id = r.criterion_id
       JOIN standard_area ar ON ar.id = c.area_id
      WHERE r.audit_id = $1
      ORDER BY r.revision, ar.position, c.position`,
    [auditId],
  );
}

/** The answers in force: for each criterion its latest revision. */
export async function currentAnswers(manager: EntityManager, auditId: string): Promise<AnswerView[]> {
  const latest = new Map<string, AnswerView>();
  for (const { revision: _r, ...row } of await answerRows(manager, auditId)) latest.set(row.criterionId, row);
  return [...latest.values()];
}

const FINDING_COLUMNS = `
  f.id, f.audit_id AS "auditId", f.organisation_id AS "organisationId", f.criterion_id AS "criterionId",
  f.criterion_code AS "criterionCode", f.criterion_text AS "criterionText", f.result, f.severity,
  f.points_lost AS "pointsLost", f.veto, f.training_category AS "trainingCategory",
  to_json(f.raised_at) #>> '{}' AS "raisedAt",
  jsonb_build_object(
    'id', x.id, 'findingId', x.finding_id, 'status', x.status, 'dueDate', x.due_date::text,
    'overdue', x.status <> 'closed' AND x.overdue_at IS NOT NULL, 'overdueAt', x.overdue_at,
    'plan', x.plan, 'respondedAt', x.responded_at, 'respondedBy', x.responded_by,
    'closedAt', x.closed_at, 'closedBy', x.closed_by, 'reopenReason', x.reopen_reason,
    'version', x.version) AS action`;

/** Findings with their actions (and the actions' evidence). */
export async function findings(
  manager: EntityManager,
  where: string,
  params: unknown[],
  tail = 'ORDER BY f.raised_at, f.criterion_code',
): Promise<FindingView[]> {
  const rows: Array<Omit<FindingView, 'action'> & { action: Omit<CorrectiveActionView, 'evidence'> }> =
    await manager.query(
      `SELECT ${FINDING_COLUMNS} FROM finding f JOIN corrective_action x ON x.finding_id = f.id WHERE ${where} ${tail}`,
      params,
    );
  const evidence = await evidenceOfActions(
    manager,
    rows.map((r) => r.action.id),
  );
  return rows.map((r) => ({
    ...r,
    action: { ...r.action, evidence: evidence.filter((e) => e.actionId === r.action.id) },
  }));
}

export async function loadAuditView(manager: EntityManager, id: string): Promise<AuditView> {
  const [row] = await manager.query(
    `SELECT ${AUDIT_SUMMARY_COLUMNS}, a.notes, a.summary,
            to_json(a.started_at) #>> '{}' AS "startedAt", to_json(a.submitted_at) #>> '{}' AS "submittedAt",
            to_json(a.closed_at) #>> '{}' AS "closedAt", to_json(a.cancelled_at) #>> '{}' AS "cancelledAt",
            a.cancellation_reason AS "cancellationReason", a.original_score::text AS "originalScore",
            a.original_grade AS "originalGrade"
       FROM audit a JOIN standard s ON s.id = a.standard_id WHERE a.id = $1`,
    [id],
  );
  if (!row) throw notFound('audit', id);
  const rows = await answerRows(manager, id);
  const amendmentRows: Array<{
    sequence: number;
    reason: string;
    previousScore: string;
    previousGrade: Grade;
    score: string;
    grade: Grade;
    amendedBy: string;
    amendedAt: string;
  }> = await manager.query(
    `SELECT sequence, reason, previous_score::text AS "previousScore", previous_grade AS "previousGrade",
            score::text AS score, grade, amended_by AS "amendedBy", to_json(amended_at) #>> '{}' AS "amendedAt"
       FROM audit_amendment WHERE audit_id = $1 ORDER BY sequence`,
    [id],
  );
  const strip = ({ revision: _r, ...answer }: AnswerRow): AnswerView => answer;
  const amendments: AmendmentView[] = amendmentRows.map((a) => {
    const after = rows.filter((r) => r.revision === a.sequence);
    const before = after.map((changed) => {
      const earlier = rows.filter((r) => r.criterionId === changed.criterionId && r.revision < a.sequence);
      return earlier[earlier.length - 1];
    });
    return { ...a, before: before.filter(Boolean).map(strip), after: after.map(strip) };
  });
  const latest = new Map<string, AnswerView>();
  for (const r of rows) latest.set(r.criterionId, strip(r));
  return {
    ...row,
    answers: [...latest.values()],
    evidence: await evidenceOfAudit(manager, id),
    amendments,
    findings: await findings(manager, 'f.audit_id = $1', [id]),
  };
}
