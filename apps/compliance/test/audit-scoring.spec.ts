import {
  ComplianceEvent,
  ComplianceRpc,
  type AuditView,
  type StandardView,
} from '@alliance/contracts/compliance';
import type { RpcCaller } from '@alliance/contracts';
import { ComplianceHarness, inspector } from './compliance-harness';

/** Today in Asia/Shanghai plus days. */
function shanghaiDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('audits: answers, exact score and grade, findings, amendments', () => {
  const h = new ComplianceHarness({
    severity: { majorFromPointsLost: 20, dueDays: { critical: 7, major: 30, minor: 90 } },
  });
  let standard: StandardView;
  let organisationId: string;
  let n = 10;
  const id = (code: string) => standard.areas[0].criteria.find((c) => c.code === code)!.id;

  async function conduct(
    who: RpcCaller,
    answers: Array<[string, string, Record<string, unknown>?]>,
  ): Promise<AuditView> {
    let audit = await h.startedAudit(organisationId, standard.id, who);
    for (const [code, result, extra] of answers) {
      audit = await h.call<AuditView>(
        ComplianceRpc.answerCriterion,
        { auditId: audit.id, criterionId: id(code), result, ...extra },
        who,
      );
    }
    return h.call<AuditView>(
      ComplianceRpc.submitAudit,
      { id: audit.id, expectedVersion: audit.version },
      who,
    );
  }

  beforeAll(async () => {
    await h.start();
    // 40 + 30 + 20 + 5 + 5 = 100 points.
    standard = await h.publishedStandard([
      { code: 'Q-40', points: 40 },
      { code: 'Q-30', points: 30 },
      { code: 'Q-20', points: 20 },
      { code: 'Q-5', points: 5 },
      { code: 'V-5', points: 5, veto: true },
    ]);
    organisationId = await h.admittedOrganisation();
  });
  afterAll(() => h.stop());

  it('scores a hand-worked audit exactly, raises one finding and action per shortfall with its due date', async () => {
    const who = inspector(++n);
    // Applicable 40 + 30 + 20 + 5 = 95 (Q-5 not applicable); awarded 40 + 12 + 0 + 5 = 57.
    // 57 / 95 × 100 = 60.00 exactly, and 57 × 100 = 60 × 95: C at exactly its minimum.
    const audit = await conduct(who, [
      ['Q-40', 'met'],
      ['Q-30', 'partly_met', { pointsAwarded: 12, notes: '部分班级未达标' }],
      ['Q-20', 'not_met'],
      ['Q-5', 'not_applicable', { reason: '无户外场地 no outdoor area' }],
      ['V-5', 'met'],
    ]);
    expect([audit.status, audit.score, audit.grade, audit.originalScore]).toEqual([
      'submitted',
      '60.00',
      'C',
      '60.00',
    ]);
    const findings = audit.findings.map((f) => [f.criterionCode, f.severity, f.pointsLost, f.action.dueDate]);
    expect(findings.sort()).toEqual([
      ['Q-20', 'major', 20, shanghaiDate(30)],
      ['Q-30', 'minor', 18, shanghaiDate(90)],
    ]);
    expect(audit.findings.every((f) => f.action.status === 'open')).toBe(true);
    const [{ findings: rows, actions }] = await h.dataSource.query(
      `SELECT (SELECT count(*)::int FROM finding WHERE audit_id = $1) AS findings,
              (SELECT count(*)::int FROM corrective_action WHERE audit_id = $1) AS actions`,
      [audit.id],
    );
    expect([rows, actions]).toEqual([2, 2]);
    const types = (await h.outboxEvents()).filter(
      (e) => (e.data as { auditId?: string }).auditId === audit.id,
    );
    expect(types.filter((e) => e.type === ComplianceEvent.findingRaised)).toHaveLength(2);
    expect(types.filter((e) => e.type === ComplianceEvent.auditSubmitted)).toHaveLength(1);
  });

  it('one failed veto criterion fails the audit at any score, with a critical finding due in 7 days', async () => {
    const who = inspector(++n);
    const audit = await conduct(who, [
      ['Q-40', 'met'],
      ['Q-30', 'met'],
      ['Q-20', 'met'],
      ['Q-5', 'met'],
      ['V-5', 'not_met'],
    ]);
    expect([audit.score, audit.grade]).toEqual(['95.00', 'fail']);
    expect(audit.findings.map((f) => [f.criterionCode, f.severity, f.veto, f.action.dueDate])).toEqual([
      ['V-5', 'critical', true, shanghaiDate(7)],
    ]);
  });

  it('a submitted audit changes only by amendment, which keeps the original', async () => {
    const who = inspector(++n);
    const audit = await conduct(who, [
      ['Q-40', 'met'],
      ['Q-30', 'partly_met', { pointsAwarded: 12 }],
      ['Q-20', 'not_met'],
      ['Q-5', 'not_applicable', { reason: 'n/a' }],
      ['V-5', 'met'],
    ]);
    const again = await h.refusal(
      ComplianceRpc.answerCriterion,
      { auditId: audit.id, criterionId: id('Q-20'), result: 'met' },
      who,
    );
    expect(again.code).toBe('ILLEGAL_TRANSITION');
    await expect(
      h.dataSource.query(`UPDATE audit_answer SET result = 'met', points_awarded = 20 WHERE audit_id = $1`, [
        audit.id,
      ]),
    ).rejects.toThrow(/cannot be changed; amend it/);
    await expect(
      h.dataSource.query(`DELETE FROM audit_answer WHERE audit_id = $1`, [audit.id]),
    ).rejects.toThrow(/cannot be changed/);

    const amended = await h.call<AuditView>(
      ComplianceRpc.amendAudit,
      {
        id: audit.id,
        expectedVersion: audit.version,
        reason: '复核：消防记录已补交 records found on review',
        answers: [{ criterionId: id('Q-20'), result: 'met' }],
      },
      who,
    );
    // 77 / 95 × 100 = 81.052… → 81.05, B.
    expect([amended.score, amended.grade, amended.originalScore, amended.originalGrade]).toEqual([
      '81.05',
      'B',
      '60.00',
      'C',
    ]);
    expect(amended.amendments).toHaveLength(1);
    const [amendment] = amended.amendments;
    expect([amendment.previousScore, amendment.previousGrade, amendment.score, amendment.grade]).toEqual([
      '60.00',
      'C',
      '81.05',
      'B',
    ]);
    expect(amendment.before.map((a) => [a.criterionCode, a.result])).toEqual([['Q-20', 'not_met']]);
    expect(amendment.after.map((a) => [a.criterionCode, a.result])).toEqual([['Q-20', 'met']]);
    expect(amended.answers.find((a) => a.criterionCode === 'Q-20')?.result).toBe('met');
    // The original answer row is still there, unchanged.
    const [original] = await h.dataSource.query(
      `SELECT result FROM audit_answer WHERE audit_id = $1 AND criterion_id = $2 AND revision = 0`,
      [audit.id, id('Q-20')],
    );
    expect(original.result).toBe('not_met');
    // Its finding's action was closed by the amendment; the other stays open.
    expect(amended.findings.map((f) => [f.criterionCode, f.action.status]).sort()).toEqual([
      ['Q-20', 'closed'],
      ['Q-30', 'open'],
    ]);
    expect((await h.outboxEvents(audit.id)).map((e) => e.type)).toEqual([
      ComplianceEvent.auditPlanned,
      ComplianceEvent.auditStarted,
      ComplianceEvent.auditSubmitted,
      ComplianceEvent.auditAmended,
    ]);
  });

  it('refuses answers that break the rules, naming the field', async () => {
    const who = inspector(++n);
    const audit = await h.startedAudit(organisationId, standard.id, who);
    const partly = await h.refusal(
      ComplianceRpc.answerCriterion,
      { auditId: audit.id, criterionId: id('Q-30'), result: 'partly_met', pointsAwarded: 30 },
      who,
    );
    expect([partly.code, partly.details?.fields?.[0].field]).toEqual(['VALIDATION_FAILED', 'pointsAwarded']);
    const na = await h.refusal(
      ComplianceRpc.answerCriterion,
      { auditId: audit.id, criterionId: id('Q-30'), result: 'not_applicable' },
      who,
    );
    expect([na.code, na.details?.fields?.[0].field]).toEqual(['VALIDATION_FAILED', 'reason']);
    const unanswered = await h.refusal(
      ComplianceRpc.submitAudit,
      { id: audit.id, expectedVersion: audit.version },
      who,
    );
    expect(unanswered.code).toBe('BUSINESS_RULE_VIOLATED');
    const impossible = await h.refusal(ComplianceRpc.planAudit, {
      organisationId,
      standardId: standard.id,
      kind: 'routine',
      plannedDate: '2030-02-31',
      inspectors: [],
    });
    expect([impossible.code, impossible.details?.fields?.[0].field]).toEqual([
      'VALIDATION_FAILED',
      'plannedDate',
    ]);
    for (const cursor of [
      'garbage',
      Buffer.from(JSON.stringify(['2030-02-31', audit.id])).toString('base64url'),
    ]) {
      const badCursor = await h.refusal(ComplianceRpc.listAudits, { cursor });
      expect([badCursor.code, badCursor.details?.fields?.[0].field]).toEqual(['VALIDATION_FAILED', 'cursor']);
    }
    const stranger = await h.refusal(
      ComplianceRpc.answerCriterion,
      { auditId: audit.id, criterionId: id('Q-30'), result: 'met' },
      inspector(999),
    );
    expect(stranger.code).toBe('FORBIDDEN');
  });

  it('an inspector bound to the organisation never audits it', async () => {
    const bound = inspector(++n, organisationId);
    const refusal = await h.refusal(ComplianceRpc.planAudit, {
      organisationId,
      standardId: standard.id,
      kind: 'routine',
      plannedDate: shanghaiDate(5),
      inspectors: [{ accountId: bound.userId, name: 'bound', organisationId }],
    });
    expect([refusal.code, refusal.details?.fields?.[0].field]).toEqual(['FORBIDDEN', 'inspectors']);
    const asCaller = await h.refusal(
      ComplianceRpc.planAudit,
      {
        organisationId,
        standardId: standard.id,
        kind: 'routine',
        plannedDate: shanghaiDate(5),
        inspectors: [],
      },
      bound,
    );
    expect(asCaller.code).toBe('FORBIDDEN');
  });
});
