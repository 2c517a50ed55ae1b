import {
  MembershipRpc,
  type ListMembersDto,
  type MemberPage,
  type MemberView,
} from '@alliance/contracts/membership';
import { MembershipHarness } from './membership-harness';

/**
 * Text search by one, two, three and more Chinese characters, by part of the English name and of the
 * credit code — and nothing it should not find. The schema is this file's own: every organisation in
 * it is one of these.
 */
describe('member text search (real PostgreSQL)', () => {
  const h = new MembershipHarness();
  const byName = new Map<string, MemberView>();
  const NAMES: Array<[name: string, nameEn: string | null]> = [
    ['启明托育中心', 'Qiming Childcare Centre'],
    ['高新启明双语幼儿园', 'Gaoxin Qiming Bilingual Kindergarten'],
    ['明启幼儿园', 'Mingqi Kindergarten'],
    ['启航托育', null],
    ['双流区妇幼保健院', null],
    ['成都高新区卫生健康局', 'Chengdu Hi-tech Zone Health Bureau'],
    ['高新妇女儿童医院', null],
    ['启 明家庭托育点', null],
  ];

  beforeAll(async () => {
    await h.start();
    for (const [name, nameEn] of NAMES) byName.set(name, await h.apply({ name, nameEn }));
  });
  afterAll(() => h.stop());

  async function found(query: ListMembersDto): Promise<string[]> {
    const page = await h.call<MemberPage>(MembershipRpc.listMembers, { limit: 100, ...query });
    return page.items.map((m) => m.name).sort();
  }

  it.each([
    [
      'one character',
      '启',
      ['启明托育中心', '高新启明双语幼儿园', '明启幼儿园', '启航托育', '启 明家庭托育点'],
    ],
    ['one character, another', '妇', ['双流区妇幼保健院', '高新妇女儿童医院']],
    ['two characters', '启明', ['启明托育中心', '高新启明双语幼儿园']],
    ['two characters, reversed', '明启', ['明启幼儿园']],
    [
      'two characters of a district',
      '高新',
      ['高新启明双语幼儿园', '成都高新区卫生健康局', '高新妇女儿童医院'],
    ],
    ['two characters of a kind', '妇幼', ['双流区妇幼保健院']],
    ['three characters', '启明托', ['启明托育中心']],
    ['more characters', '高新启明双语', ['高新启明双语幼儿园']],
    ['characters with a space, exactly', '启 明', ['启 明家庭托育点']],
    ['part of the English name, any case', 'QIMING', ['启明托育中心', '高新启明双语幼儿园']],
    ['inside an English word', 'ilingu', ['高新启明双语幼儿园']],
    ['English with punctuation', 'hi-tech', ['成都高新区卫生健康局']],
    ['Chinese and English together', '幼儿园 Gaoxin', ['高新启明双语幼儿园']],
  ])('finds by %s (%s), and only those', async (_what, text, expected) => {
    expect(await found({ text })).toEqual([...expected].sort());
  });

  it.each([
    ['characters in another order', '明启托'],
    ['characters that are never neighbours', '启育'],
    ['a character nobody has', '鑫'],
    ['English nobody has', 'xyz'],
  ])('finds nothing by %s (%s)', async (_what, text) => {
    expect(await found({ text })).toEqual([]);
  });

  it('finds an organisation by part of its credit code, from its middle', async () => {
    const member = byName.get('明启幼儿园')!;
    expect(await found({ text: member.creditCode.slice(5, 14) })).toEqual(['明启幼儿园']);
    expect(await found({ text: member.creditCode.slice(5, 14).toLowerCase() })).toEqual(['明启幼儿园']);
  });

  it('finds by one or two Latin characters too, without the index', async () => {
    // Qiming CHIldcare Centre and Chengdu HI-tech; the credit codes' alphabet has no I.
    expect(await found({ text: 'hi' })).toEqual(['启明托育中心', '成都高新区卫生健康局']);
  });

  it('finds a renamed organisation by its new name, not its old one', async () => {
    const member = await h.apply({ name: '金色摇篮托育', nameEn: null });
    await h.call(MembershipRpc.updateMemberProfile, {
      id: member.id,
      expectedVersion: 1,
      name: '银杏树托育',
    });
    expect(await found({ text: '摇篮' })).toEqual([]);
    expect(await found({ text: '银杏' })).toEqual(['银杏树托育']);
  });

  it('pages through search results with filters, every match once in pinyin order', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await h.call<MemberPage>(MembershipRpc.listMembers, {
        text: '启',
        status: 'applied',
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((m) => m.name));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    // 高(gāo) 明(míng) 启(qǐ) 启 明 (space first) — the list's pinyin order.
    expect(seen).toEqual(['高新启明双语幼儿园', '明启幼儿园', '启 明家庭托育点', '启航托育', '启明托育中心']);
  });
});
