import { MembershipRpc, type ListMembersDto, type MemberPage } from '@alliance/contracts/membership';
import {
  buildMemberListQuery,
  buildSearchDriverEstimate,
  chooseSearchDriver,
  type SearchDriver,
} from '../src/member/member-list-query';
import { MembershipHarness } from './membership-harness';
import { insertGeneratedMembers, type RunSql } from './support/generated-members';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  'Parent Relationship'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The nodes that produce the rows, without the init plans and subplans computing values for them. */
function rowNodes(plan: PlanNode): PlanNode[] {
  const children = (plan.Plans ?? []).filter(
    (c) => !/^(InitPlan|SubPlan)$/.test(c['Parent Relationship'] ?? ''),
  );
  return [plan, ...children.flatMap(rowNodes)];
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
  ['affordable designation', { affordableDesignation: 'under_review' }, ['affordable_designation_status']],
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
      // Designations under review as failed audits leave them: a few dozen of the organisations.
      await manager.query(
        `UPDATE member SET affordable_designation = 'under_review'
          WHERE affordable_places > 0 AND credit_code LIKE '%17'`,
      );
    });
    await h.dataSource.query(`ANALYZE member`);
    await h.dataSource.query(`ANALYZE member_search_posting`);
  });
  afterAll(() => h.stop());

  async function plan(
    query: ListMembersDto,
    run: RunSql = (sql, p) => h.dataSource.query(sql, p),
    drive?: SearchDriver,
  ): Promise<PlanNode> {
    const { sql, params } = buildMemberListQuery(query, { drive });
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

  // A search with Chinese terms reads the postings of one of its terms by index and looks each posting's
  // organisation up by id. A term that many organisations hold (托育: ~1800 of the 4000) is read in the
  // list's order and the walk stops after a page — nothing sorted; the postings of a rare one (启, 启明) may
  // be fetched and sorted instead, as the planner finds cheaper: they are few.
  describe.each([
    ['one Chinese character', '启', false],
    ['two Chinese characters', '启明', false],
    ['three or more Chinese characters', '启明托育', false],
    ['two characters most organisations have', '托育', true],
  ])('searching by %s (%s)', (_what, text, common) => {
    it.each(SORTS)(
      'sorted by $sort $order, alone and with a filter, reads postings and organisations by index',
      async (sort) => {
        const ordered = `member_search_posting_${sort.sort === 'name' ? 'name' : 'applied_at'}_idx`;
        for (const filter of [{}, { status: 'admitted' }, { districtCode: 'gaoxin' }] as ListMembersDto[]) {
          const first = { ...filter, ...sort, text, limit: 50 };
          for (const query of [first, { ...first, cursor: await laterCursor(first) }]) {
            const tree = await plan(query);
            const all = nodes(tree);
            expect(all.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
            // Postings by an index on the term (beside the init plan counting each term's postings to pick
            // the rarest: `term = t.term`).
            const postings = all.filter(
              (n) =>
                n['Index Name']?.startsWith('member_search_posting_') &&
                !`${n['Index Cond']}`.includes('t.term'),
            );
            expect(postings).toHaveLength(1);
            expect(postings[0]['Index Cond']).toMatch(/^\(+term = /);
            const members = all.filter((n) => n['Relation Name'] === 'member');
            expect(members.map((n) => n['Index Name'])).toEqual(['member_pkey']);
            if (common) {
              expect(postings[0]['Node Type']).toMatch(/^Index (Only )?Scan/);
              expect(postings[0]['Index Name']).toBe(ordered);
              // (The init plan picking the rarest term sorts the query's two or three terms: not rows.)
              expect(
                rowNodes(tree)
                  .map((n) => n['Node Type'])
                  .filter((t) => /Sort$/.test(t)),
              ).toEqual([]);
            }
          }
        }
      },
    );
  });

  // Latin letters and digits: the GIN index of the terms finds the few organisations (then they are sorted).
  describe.each([
    ['part of an English name', 'qiming'],
    ['part of a credit code', '0MA0000123'],
  ])('searching by %s (%s)', (_what, text) => {
    it.each(SORTS)('sorted by $sort $order, reads the terms index', async (sort) => {
      const all = nodes(await plan({ ...sort, text, limit: 50 }));
      expect(all.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
      expect(all.map((n) => n['Index Name'])).toContain('member_search_terms_idx');
    });
  });

  // A search with filters is read from the rarer side: a term's postings checked against the filters, or
  // the filters' index checked for the term. Both give the same page.
  it.each([
    ['a small district and a common term', { districtCode: 'pujiang', text: '托育' }, 'filters'],
    ['a large district and a rarer term', { districtCode: 'gaoxin', text: '启明' }, 'postings'],
    ['a common status and a rare character', { status: 'admitted', text: '妇' }, 'postings'],
  ] as const)('drives a search with %s from the rarer side', async (_what, filter, side) => {
    const estimate = buildSearchDriverEstimate(filter);
    expect(estimate).not.toBeNull();
    const [counts] = (await h.dataSource.query(estimate!.sql, estimate!.params)) as Array<{
      term_rows: number;
      filter_rows: number;
    }>;
    expect(chooseSearchDriver(counts)).toBe(side);
    const all = rowNodes(await plan({ ...filter, limit: 50 }, undefined, side));
    expect(all.some((n) => n['Relation Name'] === 'member_search_posting')).toBe(side === 'postings');
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
  });

  it.each(SORTS)('finds the same rows in the same order from either side ($sort $order)', async (sort) => {
    for (const filter of [
      { districtCode: 'pujiang', text: '托育' },
      { districtCode: 'gaoxin', text: '启明' },
      { status: 'admitted', kind: 'hospital', text: '妇' },
      { districtCode: 'wuhou', text: '幼儿园' },
    ] as ListMembersDto[]) {
      const ids = async (drive: SearchDriver) => {
        const { sql, params } = buildMemberListQuery({ ...filter, ...sort, limit: 100 }, { drive });
        return ((await h.dataSource.query(sql, params)) as Array<{ id: string }>).map((r) => r.id);
      };
      const byPostings = await ids('postings');
      expect(byPostings.length).toBeGreaterThan(0);
      expect(await ids('filters')).toEqual(byPostings);
    }
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
