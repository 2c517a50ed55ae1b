import { ComplianceEvent, ComplianceRpc, type AuditView } from '@alliance/contracts/compliance';
import { ComplianceHarness, inspector, inspectorRef } from './compliance-harness';

describe('audits: reassigning inspectors is an event naming the ones now assigned', () => {
  const h = new ComplianceHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('inspectors-assigned follows planned in version order, with the new inspectors (their to-do lists follow it)', async () => {
    const standard = await h.publishedStandard([{ code: 'A-1', points: 10 }]);
    const organisationId = await h.admittedOrganisation();
    const [first, second, third] = [inspector(901), inspector(902), inspector(903)];
    const planned = await h.plan(organisationId, standard.id, first);
    const reassigned = await h.call<AuditView>(ComplianceRpc.assignInspectors, {
      id: planned.id,
      expectedVersion: planned.version,
      inspectors: [inspectorRef(second), inspectorRef(third)],
    });
    expect(reassigned.version).toBe(planned.version + 1);

    const events = await h.outboxEvents(planned.id);
    expect(events.map((e) => [e.type, e.aggregateVersion])).toEqual([
      [ComplianceEvent.auditPlanned, 1],
      [ComplianceEvent.auditInspectorsAssigned, 2],
    ]);
    expect(events[1].data).toMatchObject({
      auditId: planned.id,
      organisationId,
      inspectorIds: [second.userId, third.userId].sort(),
    });
    expect(events[1].actor).toMatchObject({ id: 'u-admin', kind: 'user' });
  });
});
