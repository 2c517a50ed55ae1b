import {
  ComplianceEvent,
  ComplianceRpc,
  type AuditView,
  type FindingPage,
  type FindingView,
  type OrganisationComplianceView,
  type StandardView,
} from '@alliance/contracts/compliance';
import { ComplianceHarness, daysFromNow, inspector, inspectorRef, memberRep } from './compliance-harness';

describe('corrective actions to closure, follow-up audits and compliance status', () => {
  const h = new ComplianceHarness();
  const who = inspector(801);
  let standard: StandardView;
  let organisationId: string;
  let audit: AuditView;

  beforeAll(async () => {
    await h.start();
    standard = await h.publishedStandard([
      { code: 'K-60', points: 60, trainingCategory: 'safety_and_first_aid' },
      { code: 'K-40', points: 40 },
    ]);
    organisationId = await h.admittedOrganisation();
    audit = await h.startedAudit(organisationId, standard.id, who);
    for (const [i, c] of standard.areas[0].criteria.entries()) {
      audit = await h.call<AuditView>(
        ComplianceRpc.answerCriterion,
        { auditId: audit.id, criterionId: c.id, result: i === 0 ? 'not_met' : 'met' },
        who,
      );
    }
    audit = await h.call<AuditView>(
      ComplianceRpc.submitAudit,
      { id: audit.id, expectedVersion: audit.version },
      who,
    );
  });
  afterAll(() => h.stop());

  it('the representative answers, the inspector reopens and then closes; the audit closes after its actions', async () => {
    expect([audit.score, audit.grade]).toEqual(['40.00', 'D']);
    const [finding] = audit.findings;
    const rep = memberRep(organisationId);
    const stranger = await h.refusal(
      ComplianceRpc.respondToAction,
      { id: finding.action.id, expectedVersion: finding.action.version, plan: 'x' },
      memberRep(standard.id),
    );
    expect(stranger.code).toBe('FORBIDDEN');
    const tooEarly = await h.refusal(
      ComplianceRpc.closeAudit,
      { id: audit.id, expectedVersion: audit.version },
      who,
    );
    expect(tooEarly.code).toBe('BUSINESS_RULE_VIOLATED');

    let action: FindingView = await h.call<FindingView>(
      ComplianceRpc.respondToAction,
      {
        id: finding.action.id,
        expectedVersion: finding.action.version,
        plan: '已配置灭火器并培训 extinguishers and training',
      },
      rep,
    );
    expect(action.action.status).toBe('submitted');
    action = await h.call<FindingView>(
      ComplianceRpc.reopenAction,
      {
        id: action.action.id,
        expectedVersion: action.action.version,
        reason: '缺少培训记录 training record missing',
      },
      who,
    );
    expect([action.action.status, action.action.reopenReason]).toEqual([
      'open',
      '缺少培训记录 training record missing',
    ]);
    action = await h.call<FindingView>(
      ComplianceRpc.respondToAction,
      {
        id: action.action.id,
        expectedVersion: action.action.version,
        plan: '补交培训签到表 sign-in sheet added',
      },
      rep,
    );
    action = await h.call<FindingView>(
      ComplianceRpc.closeAction,
      { id: action.action.id, expectedVersion: action.action.version, note: '已核实 verified' },
      who,
    );
    expect(action.action.status).toBe('closed');
    const closed = await h.call<AuditView>(
      ComplianceRpc.closeAudit,
      { id: audit.id, expectedVersion: audit.version },
      who,
    );
    expect(closed.status).toBe('closed');
    expect((await h.outboxEvents(action.action.id)).map((e) => e.type)).toEqual([
      ComplianceEvent.actionSubmitted,
      ComplianceEvent.actionReopened,
      ComplianceEvent.actionSubmitted,
      ComplianceEvent.actionClosed,
    ]);
    const versions = (await h.outboxEvents(action.action.id)).map((e) => e.aggregateVersion);
    expect(versions).toEqual([1, 2, 3, 4]);
  });

  it('trainers read only findings linked to a training category; the status shows the grade and its history', async () => {
    const trainer = { userId: 'u-trainer', username: 'trainer', role: 'trainer' };
    const page = await h.call<FindingPage>(ComplianceRpc.listFindings, { organisationId }, trainer);
    expect(page.items.map((f) => [f.criterionCode, f.trainingCategory])).toEqual([
      ['K-60', 'safety_and_first_aid'],
    ]);
    const status = await h.call<OrganisationComplianceView>(ComplianceRpc.organisationStatus, {
      organisationId,
    });
    expect(status.latestGrades.map((g) => [g.standardCode, g.grade, g.score])).toEqual([
      [standard.code, 'D', '40.00'],
    ]);
    expect(status.history.map((a) => a.id)).toEqual([audit.id]);
    const changed = (await h.outboxEvents(organisationId)).filter(
      (e) => e.type === ComplianceEvent.gradeChanged,
    );
    expect(changed.map((e) => [e.aggregateVersion, (e.data as { grade: string }).grade])).toEqual([[1, 'D']]);
  });

  it('a follow-up audit is planned from an audit with open findings, against the same edition', async () => {
    let second = await h.startedAudit(organisationId, standard.id, inspector(802));
    for (const c of standard.areas[0].criteria) {
      second = await h.call<AuditView>(
        ComplianceRpc.answerCriterion,
        { auditId: second.id, criterionId: c.id, result: 'not_met' },
        inspector(802),
      );
    }
    second = await h.call<AuditView>(
      ComplianceRpc.submitAudit,
      { id: second.id, expectedVersion: second.version },
      inspector(802),
    );
    const followUp = await h.call<AuditView>(ComplianceRpc.planFollowUp, {
      auditId: second.id,
      plannedDate: daysFromNow(20),
      inspectors: [inspectorRef(inspector(803))],
    });
    expect([followUp.kind, followUp.followUpOf, followUp.standardId]).toEqual([
      'follow_up',
      second.id,
      standard.id,
    ]);
    // Still D (no veto criterion here): the grade did not change, so nothing more is announced.
    const changed = (await h.outboxEvents(organisationId)).filter(
      (e) => e.type === ComplianceEvent.gradeChanged,
    );
    expect(changed).toHaveLength(1);
  });
});
