import {
  MembershipRpc,
  type DistrictFiguresView,
  type MemberStatus,
  type MemberView,
  type OrganisationKind,
} from '@alliance/contracts/membership';
import { membershipMigrations } from '../src/migrations';
import { RpcCallError } from '@alliance/messaging';
import { openServiceDataSource } from '@alliance/persistence';
import { TestEnvironment } from '@alliance/testing';
import { MembershipHarness } from './membership-harness';
import { insertGeneratedMembers } from './support/generated-members';

/** Repeatable pseudo-random numbers (mulberry32), so that a failing sequence can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RECOUNT = `
  SELECT district_code, kind, status, count(*)::int AS members,
         sum(licensed_places)::bigint::text AS licensed_places, sum(affordable_places)::bigint::text AS affordable_places
    FROM member GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
const COUNTERS = `
  SELECT district_code, kind, status, members,
         licensed_places::text AS licensed_places, affordable_places::text AS affordable_places
    FROM member_figures WHERE members <> 0 OR licensed_places <> 0 OR affordable_places <> 0 ORDER BY 1, 2, 3`;
/** Postings (MemberSearchPostings) that differ from the Chinese terms of the rows, either way. */
const POSTINGS_DIFFERENCE = `
  WITH expected AS (
    SELECT t.term, m.name, m.applied_at, m.id FROM member m CROSS JOIN LATERAL unnest(m.search_terms) AS t(term)
     WHERE t.term !~ '^[a-z0-9]')
  (SELECT 'missing' AS what, * FROM expected EXCEPT SELECT 'missing', term, name, applied_at, id FROM member_search_posting)
  UNION ALL
  (SELECT 'extra', term, name, applied_at, id FROM member_search_posting EXCEPT SELECT 'extra', * FROM expected)`;
const NAMES = ['启明托育中心', '阳光幼儿园', '高新妇女儿童医院', '明启托育', '咿薇托育'];

const DISTRICTS = ['gaoxin', 'wuhou', 'shuangliu', 'pujiang'];
const KINDS: OrganisationKind[] = ['childcare_centre', 'kindergarten', 'hospital'];
const SEED = Number(process.env.FIGURES_SEED ?? 20261129);

describe('district figures and search postings kept by triggers (real PostgreSQL)', () => {
  const h = new MembershipHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  async function expectCountersEqualRecount(): Promise<void> {
    const [counters, recount] = await Promise.all([
      h.dataSource.query(COUNTERS),
      h.dataSource.query(RECOUNT),
    ]);
    expect(counters).toEqual(recount);
    expect(await h.dataSource.query(POSTINGS_DIFFERENCE)).toEqual([]);
    // And the figures the service answers are those of the recount.
    const figures = await h.call<DistrictFiguresView>(MembershipRpc.districtFigures, {});
    const rows = recount as Array<{ status: MemberStatus; members: number; licensed_places: string }>;
    const byStatus = (s: MemberStatus) =>
      rows.filter((r) => r.status === s).reduce((n, r) => n + r.members, 0);
    expect(figures.total.membersByStatus.admitted).toBe(byStatus('admitted'));
    expect(figures.total.membersByStatus.applied).toBe(byStatus('applied'));
    expect(figures.total.licensedPlaces).toBe(
      rows.filter((r) => r.status === 'admitted').reduce((n, r) => n + Number(r.licensed_places), 0),
    );
  }

  it('equal a full recount (and the terms of the rows) after a random sequence of applications, transitions and profile edits, many at once', async () => {
    const next = random(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const known = new Map<string, MemberView>();
    const remember = (m: MemberView) => {
      const seen = known.get(m.id);
      if (!seen || seen.version <= m.version) known.set(m.id, m);
      return m;
    };
    const applyOne = () => {
      const licensed = Math.floor(next() * 200);
      return h
        .apply({
          districtCode: pick(DISTRICTS),
          kind: pick(KINDS),
          licensedPlaces: licensed,
          affordablePlaces: Math.floor(next() * licensed),
        })
        .then(remember);
    };

    // One operation on a random organisation, from what the test last saw of it: with several fired at
    // once on the same few organisations, some find their version taken and are refused — as they should.
    const operation = (): Promise<unknown> => {
      const members = [...known.values()];
      const m = pick(members);
      const at = { id: m.id, expectedVersion: m.version };
      const roll = next();
      if (roll < 0.15) return applyOne();
      if (roll < 0.45) {
        const licensed = Math.floor(next() * 300);
        const edit = pick([
          { districtCode: pick(DISTRICTS) },
          { kind: pick(KINDS) },
          { licensedPlaces: licensed, affordablePlaces: Math.floor(next() * licensed) },
          { districtCode: pick(DISTRICTS), kind: pick(KINDS), licensedPlaces: licensed, affordablePlaces: 0 },
          { address: `成都市某路${Math.floor(next() * 100)}号` }, // moves no counter
          { name: pick(NAMES) }, // moves postings, no counter
        ]);
        return h.call<MemberView>(MembershipRpc.updateMemberProfile, { ...at, ...edit }).then(remember);
      }
      if (['rejected', 'withdrawn', 'expelled'].includes(m.status) && roll < 0.6) {
        // Applies again with its credit code: a new record beside the ended one.
        return h
          .apply({ creditCode: m.creditCode, districtCode: pick(DISTRICTS), kind: pick(KINDS) })
          .then(remember);
      }
      const [subject, reason] = pick([
        [MembershipRpc.admitMember, null],
        [MembershipRpc.admitMember, null],
        [MembershipRpc.rejectMember, '材料不全'],
        [MembershipRpc.suspendMember, '整改'],
        [MembershipRpc.reinstateMember, null],
        [MembershipRpc.withdrawMember, null],
        [MembershipRpc.expelMember, '违规'],
      ] as const);
      return h.call<MemberView>(subject, { ...at, ...(reason ? { reason } : {}) }).then(remember);
    };

    for (let i = 0; i < 12; i++) await applyOne();
    let succeeded = 0;
    const refusals: string[] = [];
    const refused = (error: unknown) => {
      refusals.push(
        error instanceof RpcCallError ? `${error.payload.code}: ${error.payload.message}` : String(error),
      );
    };
    for (let round = 0; round < 12; round++) {
      // Sequential steps, then a burst fired at once.
      for (let i = 0; i < 4; i++) await operation().then(() => succeeded++, refused);
      const burst = await Promise.allSettled(Array.from({ length: 8 }, operation));
      succeeded += burst.filter((r) => r.status === 'fulfilled').length;
      for (const r of burst) if (r.status === 'rejected') refused(r.reason);
      if (round % 4 === 3) await expectCountersEqualRecount();
    }
    // Refused only for what the rules say (a version taken by a concurrent change, a transition the status
    // does not allow, a live record of the code, an ended profile) — never a deadlock or a broken constraint.
    for (const refusal of refusals) {
      expect(refusal).toMatch(
        /^(VERSION_CONFLICT|ILLEGAL_TRANSITION|ALREADY_EXISTS: .*already applying|BUSINESS_RULE_VIOLATED: the profile of)/,
      );
    }
    // The sequence did change things, and races were really run.
    expect(succeeded).toBeGreaterThan(40);
    expect(refusals.length).toBeGreaterThan(0);
    const statuses = new Set([...known.values()].map((m) => m.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
    await expectCountersEqualRecount();
  });

  it('lose no delta when many changes of one counter row commit at once', async () => {
    const applied = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.apply({ districtCode: 'dayi', kind: 'kindergarten', licensedPlaces: 10, affordablePlaces: 5 }),
      ),
    );
    // Ten admissions at once: all move a member from (dayi, kindergarten, applied) to (…, admitted).
    await Promise.all(
      applied.map((m) => h.call(MembershipRpc.admitMember, { id: m.id, expectedVersion: 1 })),
    );
    // Crossing over in one burst: five go suspended → admitted while the other five go admitted → suspended.
    await Promise.all(
      applied
        .slice(0, 5)
        .map((m) => h.call(MembershipRpc.suspendMember, { id: m.id, expectedVersion: 2, reason: '整改' })),
    );
    await Promise.all([
      ...applied
        .slice(0, 5)
        .map((m) => h.call(MembershipRpc.reinstateMember, { id: m.id, expectedVersion: 3 })),
      ...applied
        .slice(5)
        .map((m) => h.call(MembershipRpc.suspendMember, { id: m.id, expectedVersion: 2, reason: '整改' })),
    ]);
    const figures = await h.call<DistrictFiguresView>(MembershipRpc.districtFigures, {});
    const dayi = figures.districts.find((d) => d.districtCode === 'dayi')!;
    expect(dayi.membersByStatus).toMatchObject({ applied: 0, admitted: 5, suspended: 5 });
    expect([dayi.licensedPlaces, dayi.affordablePlaces]).toEqual([50, 25]);
    await expectCountersEqualRecount();
  });
});

describe('district figures migration (real PostgreSQL)', () => {
  const env = new TestEnvironment('membership-figures-migration');
  const schema = env.schema('membership');
  afterAll(() => env.cleanup());

  it('counts the organisations already on record (and posts their terms)', async () => {
    const before = membershipMigrations.findIndex((m) => m.name === 'MemberFigures1764400800000');
    expect(before).toBeGreaterThan(0);
    const open = (migrations: typeof membershipMigrations) =>
      openServiceDataSource({ url: env.databaseUrl, schema, entities: [], migrations, poolSize: 2 });
    const older = await open(membershipMigrations.slice(0, before));
    await insertGeneratedMembers((sql, params) => older.query(sql, params), { count: 800 });
    await older.destroy();

    const current = await open(membershipMigrations);
    try {
      const [counters, recount] = await Promise.all([current.query(COUNTERS), current.query(RECOUNT)]);
      expect(recount.length).toBeGreaterThan(20);
      expect(counters).toEqual(recount);
      // The search postings (a later migration) are backfilled likewise.
      expect(await current.query(POSTINGS_DIFFERENCE)).toEqual([]);
      expect(
        Number((await current.query(`SELECT count(*) AS n FROM member_search_posting`))[0].n),
      ).toBeGreaterThan(8000);
    } finally {
      await current.destroy();
    }
  });
});
