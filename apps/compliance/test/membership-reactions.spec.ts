import { ComplianceEvent, ComplianceRpc, type AuditPage } from '@alliance/contracts/compliance';
import { MembershipEvent } from '@alliance/contracts/membership';
import { waitFor } from '@alliance/testing';
import { ComplianceHarness } from './compliance-harness';

describe("reactions to membership's events", () => {
  const h = new ComplianceHarness({ onboardingWithinDays: 21 });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const auditsOf = (organisationId: string) =>
    h.call<AuditPage>(ComplianceRpc.listAudits, { organisationId }).then((p) => p.items);

  it('an admitted childcare centre gets an onboarding audit in the unassigned queue; expelling it cancels that', async () => {
    const id = await h.admittedOrganisation('childcare_centre');
    const [audit] = await waitFor(async () => {
      const items = await auditsOf(id);
      return items.length > 0 ? items : null;
    });
    const shanghaiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const expected = new Date(Date.parse(`${shanghaiToday}T00:00:00Z`) + 21 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect([audit.kind, audit.status, audit.standardCode, audit.plannedDate, audit.inspectors]).toEqual([
      'onboarding',
      'planned',
      'TY-QA',
      expected,
      [],
    ]);
    const queue = await h.call<AuditPage>(ComplianceRpc.listAudits, { unassigned: true });
    expect(queue.items.map((a) => a.id)).toContain(audit.id);

    await h.changeStatus(id, MembershipEvent.memberSuspended, 'admitted', 'suspended', '整改期间');
    expect((await auditsOf(id))[0].status).toBe('planned');

    await h.changeStatus(id, MembershipEvent.memberExpelled, 'suspended', 'expelled', '严重违规');
    const [cancelled] = await auditsOf(id);
    expect(cancelled.status).toBe('cancelled');
    const view = await h.call<{ cancellationReason: string }>(ComplianceRpc.getAudit, { id: audit.id });
    expect(view.cancellationReason).toBe('成员单位除名 organisation expelled: 严重违规');
    expect((await h.outboxEvents(audit.id)).map((e) => e.type)).toEqual([
      ComplianceEvent.auditPlanned,
      ComplianceEvent.auditCancelled,
    ]);
  });

  it('a withdrawn member’s planned audit is cancelled; a hospital gets no onboarding audit of a childcare standard', async () => {
    const id = await h.admittedOrganisation('childcare_centre');
    await waitFor(async () => ((await auditsOf(id)).length > 0 ? true : null));
    await h.changeStatus(id, MembershipEvent.memberWithdrawn, 'admitted', 'withdrawn', null);
    expect((await auditsOf(id))[0].status).toBe('cancelled');

    const hospital = await h.admittedOrganisation('hospital');
    expect(await auditsOf(hospital)).toEqual([]);
  });
});
