import {
  ComplianceEvent,
  ComplianceRpc,
  type StandardList,
  type StandardView,
} from '@alliance/contracts/compliance';
import { ComplianceHarness } from './compliance-harness';

describe('standards', () => {
  const h = new ComplianceHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('loads the seed standard on first start: seven areas, 1000 points, veto criteria, published', async () => {
    const list = await h.call<StandardList>(ComplianceRpc.listStandards, { code: 'TY-QA' });
    expect(list.items).toHaveLength(1);
    const seed = await h.call<StandardView>(ComplianceRpc.getStandard, { id: list.items[0].id });
    expect(seed.status).toBe('published');
    expect(seed.totalPoints).toBe(1000);
    expect(seed.areas.map((a) => a.title.split(' ')[0])).toEqual([
      '办托条件',
      '托育队伍',
      '保育照护',
      '卫生保健',
      '养育支持',
      '安全保障',
      '机构管理',
    ]);
    expect(seed.areas.reduce((s, a) => s + a.maxPoints, 0)).toBe(1000);
    const criteria = seed.areas.flatMap((a) => a.criteria);
    expect(criteria.filter((c) => c.veto).map((c) => c.code)).toEqual([
      'CON-1',
      'STA-2',
      'STA-3',
      'HEA-3',
      'SAF-1',
    ]);
    expect(seed.gradeBands.map((b) => b.grade)).toEqual(['A', 'B', 'C', 'D']);
    const events = await h.outboxEvents(seed.id);
    expect(events.map((e) => e.type)).toEqual([ComplianceEvent.standardPublished]);
    // Every criterion's code, in the standard's order, for others to link to.
    expect((events[0].data as { criteriaCodes: string[] }).criteriaCodes).toEqual(
      criteria.map((c) => c.code),
    );
  });

  it('a published edition cannot be edited, by the service or behind its back', async () => {
    const standard = await h.publishedStandard([{ points: 60 }, { points: 40 }]);
    const refusal = await h.refusal(ComplianceRpc.updateStandard, {
      id: standard.id,
      expectedVersion: standard.version,
      title: 'changed',
      issuer: standard.issuer,
      effectiveFrom: standard.effectiveFrom,
      totalPoints: standard.totalPoints,
      gradeBands: standard.gradeBands,
      areas: standard.areas.map(({ id: _a, ...a }) => ({
        ...a,
        criteria: a.criteria.map(({ id: _id, ...c }) => c),
      })),
    });
    expect(refusal.code).toBe('ILLEGAL_TRANSITION');
    await expect(
      h.dataSource.query(`UPDATE standard SET title = 'x' WHERE id = $1`, [standard.id]),
    ).rejects.toThrow(/cannot be edited/);
    const criterionId = standard.areas[0].criteria[0].id;
    await expect(
      h.dataSource.query(`UPDATE standard_criterion SET points = 1 WHERE id = $1`, [criterionId]),
    ).rejects.toThrow(/cannot be edited/);
    await expect(
      h.dataSource.query(`DELETE FROM standard_criterion WHERE id = $1`, [criterionId]),
    ).rejects.toThrow(/cannot be edited/);
  });

  it('a new edition supersedes the old one, and an audit keeps the edition it was planned against', async () => {
    const first = await h.publishedStandard([{ points: 100 }]);
    const organisationId = await h.admittedOrganisation();
    const audit = await h.plan(organisationId, first.id);
    const draft = await h.call<StandardView>(ComplianceRpc.draftNextEdition, { id: first.id });
    expect([draft.code, draft.edition, draft.status, draft.supersedesId]).toEqual([
      first.code,
      2,
      'draft',
      first.id,
    ]);
    const second = await h.call<StandardView>(ComplianceRpc.publishStandard, {
      id: draft.id,
      expectedVersion: draft.version,
    });
    expect(second.status).toBe('published');
    const old = await h.call<StandardView>(ComplianceRpc.getStandard, { id: first.id });
    expect([old.status, old.supersededById]).toEqual(['retired', second.id]);
    const kept = await h.call<{ standardId: string; standardEdition: number }>(ComplianceRpc.getAudit, {
      id: audit.id,
    });
    expect([kept.standardId, kept.standardEdition]).toEqual([first.id, 1]);
    // A retired edition is not planned against any more.
    expect(
      (
        await h.refusal(ComplianceRpc.planAudit, {
          organisationId,
          standardId: first.id,
          kind: 'routine',
          plannedDate: audit.plannedDate,
          inspectors: [],
        })
      ).code,
    ).toBe('BUSINESS_RULE_VIOLATED');
  });

  it('refuses inconsistent content naming the field', async () => {
    const refusal = await h.refusal(ComplianceRpc.createStandard, {
      code: 'BAD-1',
      title: 'x',
      issuer: 'x',
      effectiveFrom: '2026-01-01',
      totalPoints: 100,
      gradeBands: [
        { grade: 'A', minPercent: 90 },
        { grade: 'B', minPercent: 75 },
        { grade: 'C', minPercent: 60 },
        { grade: 'D', minPercent: 0 },
      ],
      areas: [
        {
          code: 'A1',
          title: 'a',
          maxPoints: 50,
          criteria: [
            { code: 'C1', text: 't', points: 40, evidenceRequired: false, veto: false, appliesTo: [] },
          ],
        },
      ],
    });
    expect(refusal.code).toBe('VALIDATION_FAILED');
    expect(refusal.details?.fields?.[0].field).toBe('areas[0].maxPoints');
    const typed = await h.refusal(ComplianceRpc.createStandard, { code: 'bad code', totalPoints: 'x' });
    expect(typed.code).toBe('VALIDATION_FAILED');
    expect(typed.details?.fields?.map((f) => f.field)).toEqual(
      expect.arrayContaining(['code', 'totalPoints']),
    );
  });
});
