import {
  MembershipRpc,
  type ApplyForMembershipDto,
  type DistrictFiguresView,
  type DistrictView,
  type ListMembersDto,
  type MemberDetail,
  type MemberPage,
  type MemberSummary,
  type MemberView,
} from '@alliance/contracts/membership';
import { buildMemberListQuery } from '../src/member/member-list-query';
import { MembershipHarness } from './membership-harness';

/** Every key of MemberSummary: a page lists these and nothing else (no contacts, no address). */
const SUMMARY_KEYS = [
  'affordableDesignation',
  'affordablePlaces',
  'allianceRole',
  'appliedAt',
  'creditCode',
  'districtCode',
  'districtName',
  'id',
  'kind',
  'licensedPlaces',
  'name',
  'nameEn',
  'ownership',
  'status',
  'version',
] satisfies Array<keyof MemberSummary>;

type Seed = Partial<ApplyForMembershipDto> & {
  name: string;
  finalStatus: 'applied' | 'admitted' | 'suspended' | 'rejected' | 'withdrawn';
};

// A small alliance across districts, kinds, roles and statuses; names chosen so that text search has
// near misses (托育 in some names, 医院 in others, an English name on one). Every test here only reads it
// (the figures count it exactly); tests that write apply their own organisations (member-paging.spec.ts).
const SEEDS: Seed[] = [
  {
    name: '成都高新区卫生健康局',
    kind: 'government_bureau',
    ownership: 'public_institution',
    districtCode: 'gaoxin',
    allianceRole: 'lead_unit',
    licensedPlaces: 0,
    affordablePlaces: 0,
    finalStatus: 'admitted',
  },
  {
    name: '咿薇托育',
    nameEn: 'Yiwei Childcare',
    kind: 'childcare_centre',
    ownership: 'state_owned',
    districtCode: 'gaoxin',
    allianceRole: 'guidance_centre',
    licensedPlaces: 200,
    affordablePlaces: 150,
    finalStatus: 'admitted',
  },
  {
    name: '因特贝托育',
    kind: 'childcare_centre',
    ownership: 'private',
    districtCode: 'wuhou',
    licensedPlaces: 80,
    affordablePlaces: 40,
    finalStatus: 'admitted',
  },
  {
    name: '成都电子科大立人托育中心',
    kind: 'childcare_centre',
    ownership: 'university_run',
    districtCode: 'gaoxin',
    licensedPlaces: 90,
    affordablePlaces: 90,
    finalStatus: 'suspended',
  },
  {
    name: '成都天府国际生物城第一幼儿园',
    kind: 'kindergarten',
    ownership: 'public_institution',
    districtCode: 'shuangliu',
    licensedPlaces: 60,
    affordablePlaces: 30,
    finalStatus: 'admitted',
  },
  {
    name: '高新妇女儿童医院',
    kind: 'hospital',
    ownership: 'private',
    districtCode: 'gaoxin',
    licensedPlaces: 0,
    affordablePlaces: 0,
    finalStatus: 'admitted',
  },
  {
    name: '双流区妇幼保健院',
    kind: 'maternal_child_health_institute',
    ownership: 'public_institution',
    districtCode: 'shuangliu',
    licensedPlaces: 0,
    affordablePlaces: 0,
    finalStatus: 'applied',
  },
  {
    name: '吉利学院教育学院',
    kind: 'university',
    ownership: 'private',
    districtCode: 'tianfu-new-area',
    licensedPlaces: 0,
    affordablePlaces: 0,
    finalStatus: 'admitted',
  },
  {
    name: '成都福锦华蜀教育管理有限公司',
    kind: 'enterprise',
    ownership: 'private',
    districtCode: 'wuhou',
    licensedPlaces: 0,
    affordablePlaces: 0,
    finalStatus: 'rejected',
  },
  {
    name: '蒲江县小树苗托育园',
    kind: 'childcare_centre',
    ownership: 'private',
    districtCode: 'pujiang',
    licensedPlaces: 50,
    affordablePlaces: 20,
    finalStatus: 'withdrawn',
  },
  {
    name: '天府新区教育卫健局',
    kind: 'government_bureau',
    ownership: 'public_institution',
    districtCode: 'tianfu-new-area',
    licensedPlaces: 0,
    affordablePlaces: 0,
    finalStatus: 'applied',
  },
  {
    name: '武侯区阳光托育',
    kind: 'childcare_centre',
    ownership: 'private',
    districtCode: 'wuhou',
    licensedPlaces: 30,
    affordablePlaces: 30,
    finalStatus: 'applied',
  },
];

/**
 * The seed names as a Chinese reader sorts them, by pinyin: 成(chéng)都 电/福/高/天, 高(gāo), 吉(jí),
 * 蒲(pú), 双(shuāng), 天(tiān), 武(wǔ), 咿(yī), 因(yīn). In code point order 咿 and 因 would come before 成.
 */
const PINYIN_ORDER = [
  '成都电子科大立人托育中心',
  '成都福锦华蜀教育管理有限公司',
  '成都高新区卫生健康局',
  '成都天府国际生物城第一幼儿园',
  '高新妇女儿童医院',
  '吉利学院教育学院',
  '蒲江县小树苗托育园',
  '双流区妇幼保健院',
  '天府新区教育卫健局',
  '武侯区阳光托育',
  '咿薇托育',
  '因特贝托育',
];

describe('member lists, districts and figures (real PostgreSQL)', () => {
  const h = new MembershipHarness();
  const byName = new Map<string, MemberView>();

  beforeAll(async () => {
    await h.start();
    for (const { finalStatus, ...seed } of SEEDS) {
      // Sequential on purpose: appliedAt follows the seed order, which the appliedAt sort tests rely on.
      let member = await h.apply({ nameEn: null, ...seed });
      if (finalStatus === 'rejected') {
        member = await h.call(MembershipRpc.rejectMember, {
          id: member.id,
          expectedVersion: 1,
          reason: '不符合条件',
        });
      } else if (finalStatus !== 'applied') {
        member = await h.call(MembershipRpc.admitMember, { id: member.id, expectedVersion: 1 });
        if (finalStatus === 'suspended') {
          member = await h.call(MembershipRpc.suspendMember, {
            id: member.id,
            expectedVersion: 2,
            reason: '整改中',
          });
        } else if (finalStatus === 'withdrawn') {
          member = await h.call(MembershipRpc.withdrawMember, { id: member.id, expectedVersion: 2 });
        }
      }
      byName.set(seed.name, member);
    }
  });
  afterAll(() => h.stop());

  const list = (query: ListMembersDto) => h.call<MemberPage>(MembershipRpc.listMembers, query);
  const names = (items: MemberSummary[]) => items.map((m) => m.name);
  const seedsWhere = (p: (s: Seed) => boolean) => SEEDS.filter(p).map((s) => s.name);
  /** The given seed names in the order a Chinese reader expects (PINYIN_ORDER). */
  const inPinyinOrder = (list: string[]) => PINYIN_ORDER.filter((name) => list.includes(name));

  /** Follows nextCursor to the end; checks every page is full but the last. */
  async function allPages(query: ListMembersDto, limit: number): Promise<MemberSummary[][]> {
    const pages: MemberSummary[][] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 50; guard++) {
      const page = await list({ ...query, limit, ...(cursor ? { cursor } : {}) });
      pages.push(page.items);
      if (!page.nextCursor) return pages;
      expect(page.items).toHaveLength(limit);
      cursor = page.nextCursor;
    }
    throw new Error('pagination did not end');
  }

  it('knows every seed name in pinyin order', () => {
    expect([...PINYIN_ORDER].sort()).toEqual(SEEDS.map((s) => s.name).sort());
  });

  it('lists every organisation by name without filters, contacts left out', async () => {
    const page = await list({ limit: 100 });
    expect(names(page.items)).toEqual(inPinyinOrder(SEEDS.map((s) => s.name)));
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).not.toHaveProperty('contacts');
  });

  it('lists each organisation with exactly the summary fields and formats of its detail', async () => {
    const page = await list({ limit: 100 });
    for (const item of page.items.slice(0, 5)) {
      const detail = await h.call<MemberDetail>(MembershipRpc.getMember, { id: item.id });
      const summary = Object.fromEntries(
        Object.keys(item).map((key) => [key, detail[key as keyof MemberDetail]]),
      );
      expect(item).toEqual(summary);
      expect(Object.keys(item).sort()).toEqual(SUMMARY_KEYS);
    }
  });

  it.each([
    ['status', { status: 'admitted' }, (s: Seed) => s.finalStatus === 'admitted'],
    ['kind', { kind: 'childcare_centre' }, (s: Seed) => s.kind === 'childcare_centre'],
    ['district', { districtCode: 'gaoxin' }, (s: Seed) => s.districtCode === 'gaoxin'],
    ['alliance role', { allianceRole: 'lead_unit' }, (s: Seed) => s.allianceRole === 'lead_unit'],
    ['alliance role member', { allianceRole: 'member' }, (s: Seed) => !s.allianceRole],
    [
      'status and kind and district',
      { status: 'admitted', kind: 'childcare_centre', districtCode: 'gaoxin' },
      (s: Seed) =>
        s.finalStatus === 'admitted' && s.kind === 'childcare_centre' && s.districtCode === 'gaoxin',
    ],
    ['Chinese text inside the name', { text: '托育' }, (s: Seed) => s.name.includes('托育')],
    ['a two-character Chinese word', { text: '医院' }, (s: Seed) => s.name.includes('医院')],
    ['English name, any case', { text: 'yiwei' }, (s: Seed) => s.nameEn === 'Yiwei Childcare'],
    [
      'text with filters',
      { text: '托育', status: 'applied' },
      (s: Seed) => s.name.includes('托育') && s.finalStatus === 'applied',
    ],
    ['text matching nothing', { text: '幼儿园托育' }, () => false],
    ['LIKE wildcards taken literally', { text: '%' }, () => false],
  ] as const)('filters by %s, returning exactly the matching rows', async (_what, filter, predicate) => {
    const page = await list({ ...(filter as ListMembersDto), limit: 100 });
    expect(names(page.items)).toEqual(inPinyinOrder(seedsWhere(predicate)));
  });

  it('serves the name order and its cursor from the name index, in the same collation', async () => {
    const first = await list({ limit: 5 });
    const queries: ListMembersDto[] = [
      { limit: 5 },
      { limit: 5, cursor: first.nextCursor! },
      { limit: 5, order: 'desc' },
    ];
    for (const query of queries) {
      const { sql, params } = buildMemberListQuery(query);
      // Too few rows for the planner to prefer an index on its own: forbid the table scan to see whether
      // the index can serve the order at all (it cannot when its collation differs from the query's).
      const plan = await h.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL enable_seqscan = off`);
        const [row] = (await manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as Array<
          Record<string, unknown>
        >;
        return JSON.stringify(row['QUERY PLAN']);
      });
      expect(plan).toContain('member_name_idx');
      expect(plan).not.toMatch(/"Node Type":"(Incremental )?Sort"/);
    }
  });

  it('finds an organisation by part of its credit code', async () => {
    const member = byName.get('因特贝托育')!;
    const page = await list({ text: member.creditCode.slice(8, 16) });
    expect(names(page.items)).toEqual(['因特贝托育']);
  });

  it.each([
    ['name asc', 'name', 'asc'],
    ['name desc', 'name', 'desc'],
    ['appliedAt asc', 'appliedAt', 'asc'],
    ['appliedAt desc', 'appliedAt', 'desc'],
  ] as const)(
    'pages through %s with keyset cursors: every row once, in order',
    async (_what, sort, order) => {
      const pages = await allPages({ sort, order }, 5);
      expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
      const all = pages.flat();
      let expected: string[];
      if (sort === 'name') {
        expected = inPinyinOrder(SEEDS.map((s) => s.name));
      } else {
        expected = SEEDS.map((s) => s.name); // applied one after the other, in seed order
      }
      if (order === 'desc') expected.reverse();
      expect(names(all)).toEqual(expected);
    },
  );

  it('pages through a filtered list and ends exactly at its last row', async () => {
    const pages = await allPages({ status: 'admitted', sort: 'appliedAt', order: 'desc' }, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(names(pages.flat())).toEqual(seedsWhere((s) => s.finalStatus === 'admitted').reverse());
  });

  it('refuses a tampered cursor and a cursor used with other filters', async () => {
    const page = await list({ limit: 2 });
    expect((await h.refusal(MembershipRpc.listMembers, { cursor: 'garbage' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      (await h.refusal(MembershipRpc.listMembers, { limit: 2, cursor: page.nextCursor!, status: 'admitted' }))
        .code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (await h.refusal(MembershipRpc.listMembers, { limit: 2, cursor: page.nextCursor!, order: 'desc' }))
        .code,
    ).toBe('VALIDATION_FAILED');
  });

  it('bounds the page size to 100', async () => {
    expect((await h.refusal(MembershipRpc.listMembers, { limit: 101 })).code).toBe('VALIDATION_FAILED');
    expect((await list({})).items).toHaveLength(SEEDS.length); // default 20 > 12
  });

  it('lists the seeded Chengdu districts in order', async () => {
    const districts = await h.call<DistrictView[]>(MembershipRpc.listDistricts, {});
    expect(districts.slice(0, 5).map((d) => d.name)).toEqual([
      '高新区',
      '天府新区',
      '双流区',
      '武侯区',
      '蒲江县',
    ]);
    expect(districts.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        '锦江区',
        '青羊区',
        '金牛区',
        '成华区',
        '龙泉驿区',
        '青白江区',
        '新都区',
        '温江区',
        '郫都区',
        '新津区',
        '简阳市',
        '都江堰市',
        '彭州市',
        '邛崃市',
        '崇州市',
        '金堂县',
        '大邑县',
        '东部新区',
      ]),
    );
    expect(districts).toHaveLength(23);
    expect(new Set(districts.map((d) => d.code)).size).toBe(23);
  });

  it('computes figures per district exactly: members by status, admitted by kind, places of admitted members', async () => {
    const figures = await h.call<DistrictFiguresView>(MembershipRpc.districtFigures, {});
    expect(figures.districts).toHaveLength(23);
    const gaoxin = figures.districts.find((d) => d.districtCode === 'gaoxin')!;
    expect(gaoxin).toEqual({
      districtCode: 'gaoxin',
      districtName: '高新区',
      membersByStatus: { applied: 0, admitted: 3, rejected: 0, suspended: 1, withdrawn: 0, expelled: 0 },
      admittedByKind: {
        childcare_centre: 1,
        kindergarten: 0,
        hospital: 1,
        maternal_child_health_institute: 0,
        university: 0,
        government_bureau: 1,
        enterprise: 0,
        other: 0,
      },
      // 咿薇托育 only: the suspended 立人 centre's 90 places do not count.
      licensedPlaces: 200,
      affordablePlaces: 150,
    });
    const wuhou = figures.districts.find((d) => d.districtCode === 'wuhou')!;
    expect(wuhou.membersByStatus).toMatchObject({ applied: 1, admitted: 1, rejected: 1 });
    expect([wuhou.licensedPlaces, wuhou.affordablePlaces]).toEqual([80, 40]);
    const pujiang = figures.districts.find((d) => d.districtCode === 'pujiang')!;
    expect(pujiang.membersByStatus.withdrawn).toBe(1);
    expect([pujiang.licensedPlaces, pujiang.affordablePlaces]).toEqual([0, 0]);
    const jinjiang = figures.districts.find((d) => d.districtCode === 'jinjiang')!;
    expect(Object.values(jinjiang.membersByStatus).every((n) => n === 0)).toBe(true);

    expect(figures.total.membersByStatus).toEqual({
      applied: 3,
      admitted: 6,
      rejected: 1,
      suspended: 1,
      withdrawn: 1,
      expelled: 0,
    });
    expect(figures.total.licensedPlaces).toBe(200 + 80 + 60);
    expect(figures.total.affordablePlaces).toBe(150 + 40 + 30);
    expect(figures.total.admittedByKind.childcare_centre).toBe(2);
  });

  it('keeps search terms in a generated column with a GIN index, and no trigram index beside it', async () => {
    const indexes = (await h.dataSource.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'member' AND indexname LIKE 'member_search%'`,
      [h.schema],
    )) as Array<{ indexname: string; indexdef: string }>;
    expect(indexes).toEqual([
      { indexname: 'member_search_terms_idx', indexdef: expect.stringContaining('USING gin (search_terms)') },
    ]);
  });
});
