import { MembershipRpc, type ListMembersDto, type MemberPage } from '@alliance/contracts/membership';
import { buildMemberListQuery } from '../src/member/member-list-query';
import { MembershipHarness } from './membership-harness';
import { insertGeneratedMembers, type RunSql } from './support/generated-members';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

const SORTS = [
  { sort: 'name', order: 'asc' },
  { sort: 'name', order: 'desc' },
  { sort: 'appliedAt', order: 'asc' },
  { sort: 'appliedAt', order: 'desc' },
] as const;

/** Every equality filter the list offers, alone and combined, with a common value of each. */
const FILTERS: Array<[what: string, filter: ListMembersDto, columns: string[]]> = [
  ['no filter', {}, []],
  ['status', { status: 'admitted' }, ['status']],
  ['kind', { kind: 'childcare_centre' }, ['kind']],
  ['district', { districtCode: 'gaoxin' }, ['district_code']],
  ['alliance role', { allianceRole: 'lead_unit' }, ['alliance_role']],
  ['district and status', { districtCode: 'gaoxin', status: 'admitted' }, ['district_code', 'status']],
  ['kind and status', { kind: 'kindergarten', status: 'admitted' }, ['kind', 'status']],
  [
    'district and kind',
    { districtCode: 'tianfu-new-area', kind: 'childcare_centre' },
    ['district_code', 'kind'],
  ],
  [
    'district, kind and status',
    { districtCode: 'gaoxin', kind: 'childcare_centre', status: 'admitted' },
    ['district_code', 'kind', 'status'],
  ],
];

/**
 * The plans of the list's queries on a few thousand organisations (the generated alliance, ANALYZEd):
 * every shape reads an index in the list's order — no scan of the whole table, no sort of every match —
 * so a page costs the same at any size. Fails when one of the list indexes is dropped.
 */
describe('member list query plans (real PostgreSQL)', () => {
  const h = new MembershipHarness();

  beforeAll(async () => {
    await h.start();
    await h.dataSource.transaction(async (manager) => {
      await insertGeneratedMembers((sql, params) => manager.query(sql, params), { count: 4000 });
      // Alliance roles as an alliance has them: a lead unit (and the one it took over from), a guidance centre.
      await manager.query(
        `UPDATE member SET alliance_role = CASE WHEN credit_code LIKE '%3' THEN 'guidance_centre' ELSE 'lead_unit' END
          WHERE credit_code IN ('91510100MA00000001', '91510100MA00000002', '91510100MA00000003')`,
      );
    });
    await h.dataSource.query(`ANALYZE member`);
  });
  afterAll(() => h.stop());

  async function plan(
    query: ListMembersDto,
    run: RunSql = (sql, p) => h.dataSource.query(sql, p),
  ): Promise<PlanNode> {
    const { sql, params } = buildMemberListQuery(query);
    const [row] = (await run(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as Array<{
      'QUERY PLAN': Array<{ Plan: PlanNode }>;
    }>;
    return row['QUERY PLAN'][0].Plan;
  }

  /** The cursor after the list's first 100 rows (after its first row when it is shorter), as a client sends it. */
  async function laterCursor(query: ListMembersDto): Promise<string> {
    for (const limit of [100, 1]) {
      const page = await h.call<MemberPage>(MembershipRpc.listMembers, { ...query, limit });
      if (page.nextCursor) return page.nextCursor;
    }
    throw new Error(`the list ${JSON.stringify(query)} has fewer than two rows`);
  }

  describe.each(FILTERS)('filtered by %s', (_what, filter, columns) => {
    it.each(SORTS)(
      'sorted by $sort $order, first page and a later one, reads one index in order',
      async (sort) => {
        const first = { ...filter, ...sort, limit: 50 };
        for (const query of [first, { ...first, cursor: await laterCursor(first) }]) {
          expect(orderedIndexProblems(await plan(query), columns)).toEqual([]);
        }
      },
    );
  });

  // Searches for what only a few organisations have: the search terms' index finds them (then they are
  // sorted: a few). A search for what most have (托育) may instead read a list index in order and check
  // each row — also an index, stopping after a page.
  describe.each([
    ['one Chinese character', '启', true],
    ['two Chinese characters', '启明', true],
    ['three or more Chinese characters', '启明托育', true],
    ['part of an English name', 'qiming', true],
    ['part of a credit code', '0MA0000123', true],
    ['two common characters', '托育', false],
  ])('searching by %s (%s)', (_what, text, rare) => {
    it.each(SORTS)('sorted by $sort $order, alone and with a filter, reads indexes only', async (sort) => {
      for (const filter of [{}, { status: 'admitted' }, { districtCode: 'gaoxin' }] as ListMembersDto[]) {
        const all = nodes(await plan({ ...filter, ...sort, text, limit: 50 }));
        expect(all.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
        const indexes = all.map((n) => n['Index Name']).filter(Boolean);
        expect(indexes.length).toBeGreaterThan(0);
        if (rare) expect(indexes).toContain('member_search_terms_idx');
      }
    });
  });

  it('sees it when an index of the list is missing (the check can fail)', async () => {
    const runner = h.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`DROP INDEX member_district_name_idx`);
      const without = await plan({ districtCode: 'gaoxin', limit: 50 }, (sql, p) => runner.query(sql, p));
      expect(orderedIndexProblems(without, ['district_code'])).not.toEqual([]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

/** Why a plan is not one ordered index read with every filter as an index condition (none: it is). */
function orderedIndexProblems(plan: PlanNode, filterColumns: string[]): string[] {
  const all = nodes(plan);
  const scans = all.filter((n) => n['Relation Name'] === 'member');
  const problems: string[] = [];
  if (scans.length !== 1) problems.push(`${scans.length} scans of member`);
  for (const scan of scans) {
    if (!/^Index (Only )?Scan$/.test(scan['Node Type'])) problems.push(`member read by ${scan['Node Type']}`);
    // Each filter a condition of the index, not checked row by row on the heap …
    for (const column of filterColumns) {
      if (!(scan['Index Cond'] ?? '').includes(column)) problems.push(`${column} not in the index condition`);
    }
  }
  // … and the index gives the list's order: nothing is sorted.
  for (const n of all) if (/Sort$/.test(n['Node Type'])) problems.push(`a ${n['Node Type']} node`);
  return problems;
}
