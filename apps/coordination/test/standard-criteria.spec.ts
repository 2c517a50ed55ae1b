import { ComplianceEvent } from '@alliance/contracts/compliance';
import { CoordinationRpc, type PracticeView } from '@alliance/contracts/coordination';
import { waitFor } from '@alliance/testing';
import { randomUUID } from 'node:crypto';
import { CoordinationHarness } from './coordination-harness';

/** The practice library links to criteria too, checked against the codes compliance's standard.published lists. */
describe('practice entries linked to standard criteria', () => {
  const h = new CoordinationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  /** An edition of `code` published by compliance; resolves once coordination's projection has that edition. */
  async function published(code: string, edition: number, criteriaCodes?: string[]): Promise<void> {
    const standardId = randomUUID();
    await h.publishEvent(ComplianceEvent.standardPublished, standardId, {
      standardId,
      code,
      edition,
      title: `标准 ${code}`,
      totalPoints: 1000,
      supersedesId: null,
      ...(criteriaCodes ? { criteriaCodes } : {}),
    });
    await waitFor(
      async () => {
        const [row] = await h.dataSource.query(`SELECT edition FROM standard_code WHERE code = $1`, [code]);
        return row?.edition === edition;
      },
      { timeoutMs: 20_000, what: `${code} edition ${edition} in coordination's projection` },
    );
  }

  const entry = (standardCodes: string[]) => ({
    kind: 'case',
    title: '消防通道管理案例',
    summary: '每日巡查',
    body: '……',
    tags: ['普惠运营'],
    standardCodes,
    trainingCategories: [],
  });
  const refusedLinks = async (standardCodes: string[]) => {
    const refusal = await h.refusal(CoordinationRpc.createPractice, entry(standardCodes));
    return [refusal.code, refusal.details?.fields?.[0]?.field, refusal.message];
  };

  it('accepts a criterion of the latest published edition, refuses one it does not list', async () => {
    await published('QA-X', 1, ['CON-1', 'SAF-1']);
    const created = await h.call<PracticeView>(CoordinationRpc.createPractice, entry(['QA-X', 'QA-X-SAF-1']));
    expect(created.standardCodes).toEqual(['QA-X', 'QA-X-SAF-1']);
    expect(await refusedLinks(['QA-X-SAF-9'])).toEqual([
      'BUSINESS_RULE_VIOLATED',
      'standardCodes',
      expect.stringContaining('QA-X-SAF-9'),
    ]);

    // The second edition drops CON-1: links follow the latest edition.
    await published('QA-X', 2, ['SAF-1', 'SAF-2']);
    expect((await refusedLinks(['QA-X-CON-1']))[0]).toBe('BUSINESS_RULE_VIOLATED');
    await h.call(CoordinationRpc.createPractice, entry(['QA-X-SAF-2']));
  });

  it('a standard whose event named no criteria is linkable by its code only', async () => {
    await published('QA-OLD', 1);
    await h.call(CoordinationRpc.createPractice, entry(['QA-OLD']));
    expect(await refusedLinks(['QA-OLD-CON-1'])).toEqual([
      'BUSINESS_RULE_VIOLATED',
      'standardCodes',
      expect.stringContaining('QA-OLD-CON-1'),
    ]);
  });
});
