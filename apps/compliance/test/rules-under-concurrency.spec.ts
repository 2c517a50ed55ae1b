import {
  ComplianceEvent,
  ComplianceRpc,
  type AuditView,
  type StandardView,
} from '@alliance/contracts/compliance';
import { rpcRefusal } from '@alliance/testing';
import type { INestApplication } from '@nestjs/common';
import { CorrectiveActionService } from '../src/finding/corrective-action.service';
import { ComplianceHarness, daysFromNow, inspector, inspectorRef, memberRep } from './compliance-harness';

describe('rules that hold under concurrency', () => {
  const h = new ComplianceHarness();
  let standard: StandardView;
  let second: INestApplication | undefined;

  beforeAll(async () => {
    await h.start();
    standard = await h.publishedStandard([
      { code: 'Q-10', points: 10 },
      { code: 'Q-20', points: 20 },
    ]);
  });
  afterAll(async () => {
    await second?.close();
    await h.stop();
  });

  it('two audits on one day for one inspector, created at the same instant: one succeeds', async () => {
    const [a, b] = await Promise.all([h.admittedOrganisation(), h.admittedOrganisation()]);
    const who = inspector(501);
    const date = daysFromNow(10);
    const plan = (organisationId: string) =>
      h.call<AuditView>(ComplianceRpc.planAudit, {
        organisationId,
        standardId: standard.id,
        kind: 'routine',
        plannedDate: date,
        inspectors: [inspectorRef(who)],
      });
    const results = await Promise.allSettled([plan(a), plan(b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    const problem = await rpcRefusal(Promise.reject(refused.reason));
    expect([problem.code, problem.details?.fields?.[0].field]).toEqual(['CONFLICT', 'inspectors']);
    // Another day is fine; a cancelled audit frees its day.
    const won = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<AuditView>).value;
    await h.call(ComplianceRpc.cancelAudit, {
      id: won.id,
      expectedVersion: won.version,
      reason: '改期 rescheduled',
    });
    await expect(plan(won.organisationId === a ? b : a)).resolves.toMatchObject({ status: 'planned' });
  });

  it('an action past its due date is reported overdue exactly once, even with two instances checking', async () => {
    const organisationId = await h.admittedOrganisation();
    const who = inspector(502);
    let audit = await h.startedAudit(organisationId, standard.id, who);
    for (const c of standard.areas[0].criteria) {
      audit = await h.call<AuditView>(
        ComplianceRpc.answerCriterion,
        { auditId: audit.id, criterionId: c.id, result: 'not_met' },
        who,
      );
    }
    audit = await h.call<AuditView>(
      ComplianceRpc.submitAudit,
      { id: audit.id, expectedVersion: audit.version },
      who,
    );
    const actionIds = audit.findings.map((f) => f.action.id);
    expect(actionIds).toHaveLength(2);
    // The representative answers one action: answered but not closed, it still becomes overdue.
    const first = audit.findings[0].action;
    await h.call(
      ComplianceRpc.respondToAction,
      { id: first.id, expectedVersion: first.version, plan: '已安排整改 fixing it' },
      memberRep(organisationId),
    );

    second = await h.startInstance();
    const past = daysFromNow(400);
    // Each instance directly, and over NATS (the queue group spreads those over both), all at once.
    const direct = (app: INestApplication) =>
      app.get(CorrectiveActionService).runOverdueCheck({ asOf: past }, { requestId: 'test', caller: null });
    const runs = await Promise.all([
      direct(h.app),
      direct(second),
      ...Array.from({ length: 4 }, () =>
        h.call<{ markedOverdue: number }>(ComplianceRpc.runOverdueCheck, { asOf: past }),
      ),
    ]);
    const marked = runs.reduce((s, r) => s + r.markedOverdue, 0);
    const overdue = (await h.outboxEvents()).filter(
      (e) => e.type === ComplianceEvent.actionOverdue && actionIds.includes(e.aggregateId),
    );
    expect(overdue.map((e) => e.aggregateId).sort()).toEqual([...actionIds].sort());
    expect(marked).toBeGreaterThanOrEqual(2);
    // Other tests' actions may be marked too, but each of these exactly once.
    const again = await h.call<{ markedOverdue: number }>(ComplianceRpc.runOverdueCheck, { asOf: past });
    expect(again.markedOverdue).toBe(0);
    const status = await h.call<{ openActions: number; overdueActions: number }>(
      ComplianceRpc.organisationStatus,
      {
        organisationId,
      },
    );
    expect([status.openActions, status.overdueActions]).toEqual([2, 2]);
  });
});
