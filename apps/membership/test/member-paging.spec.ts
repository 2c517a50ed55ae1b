import { randomUUID } from 'node:crypto';
import {
  MembershipRpc,
  type ListMembersDto,
  type MemberPage,
  type MemberSummary,
} from '@alliance/contracts/membership';
import { MembershipHarness } from './membership-harness';

/**
 * Paging through lists while they change. Every test applies its own organisations, marked by an English
 * name unique to the test, and lists only those (text filter), so tests neither see nor disturb each other.
 */
describe('member list paging (real PostgreSQL)', () => {
  const h = new MembershipHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const newMark = () => `paging-${randomUUID().slice(0, 8)}`;
  const list = (query: ListMembersDto) => h.call<MemberPage>(MembershipRpc.listMembers, query);

  /** Follows nextCursor to the end and answers every row, in the order the pages gave them. */
  async function everyPage(query: ListMembersDto, limit: number): Promise<MemberSummary[]> {
    const rows: MemberSummary[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 50; guard++) {
      const page = await list({ ...query, limit, ...(cursor ? { cursor } : {}) });
      rows.push(...page.items);
      if (!page.nextCursor) return rows;
      expect(page.items).toHaveLength(limit);
      cursor = page.nextCursor;
    }
    throw new Error('pagination did not end');
  }

  it('pages through names in pinyin order, each organisation exactly once, equal names by id', async () => {
    const mark = newMark();
    const names = ['天府托育', '成都托育', '咿薇托育', '成都托育', '吉利托育', '双流托育', '蒲江托育'];
    const applied = await Promise.all(names.map((name) => h.apply({ name, nameEn: mark })));
    const twins = applied
      .filter((m) => m.name === '成都托育')
      .map((m) => m.id)
      .sort();
    // 成(chéng) 吉(jí) 蒲(pú) 双(shuāng) 天(tiān) 咿(yī); the two 成都托育 by id, as the keyset orders them.
    const expected = [twins[0], twins[1], ...['吉利托育', '蒲江托育', '双流托育', '天府托育', '咿薇托育']];
    const idOf = (m: MemberSummary) => (m.name === '成都托育' ? m.id : m.name);

    for (const limit of [1, 2, 3, 100]) {
      const asc = await everyPage({ text: mark, sort: 'name', order: 'asc' }, limit);
      expect(asc.map(idOf)).toEqual(expected);
      const desc = await everyPage({ text: mark, sort: 'name', order: 'desc' }, limit);
      expect(desc.map(idOf)).toEqual([...expected].reverse());
    }
  });

  it('does not repeat or skip rows when an organisation is added between pages', async () => {
    const mark = newMark();
    const early: string[] = [];
    // One after the other: appliedAt follows this order.
    for (const name of ['高新一托育', '高新二托育', '高新三托育', '高新四托育']) {
      early.push((await h.apply({ name, nameEn: mark })).name);
    }
    const query = { text: mark, sort: 'appliedAt', order: 'asc' } as const;
    const first = await list({ ...query, limit: 2 });
    await h.apply({ name: '新都区后来托育', nameEn: mark });
    const rest = await list({ ...query, limit: 100, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((m) => m.name)).toEqual([...early, '新都区后来托育']);
  });
});
