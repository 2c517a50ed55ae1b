import {
  CoordinationEvent,
  CoordinationRpc,
  type PracticePage,
  type PracticeView,
} from '@alliance/contracts/coordination';
import { CoordinationHarness, memberRep } from './coordination-harness';

describe('the practice library (南部经验)', () => {
  const h = new CoordinationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('admins curate entries (draft → published); every account reads the published ones, searched in Chinese', async () => {
    const centre = await h.admittedOrganisation('gaoxin');
    await h.publishedStandard('TY-QA');
    const draft = await h.call<PracticeView>(CoordinationRpc.createPractice, {
      kind: 'research',
      title: '入托与未入托婴幼儿发展对比研究',
      summary: '比较入托与未入托儿童的语言与社会性发展',
      body: '## 方法\n\n……',
      tags: ['科学育儿', '医育结合'],
      contributorOrganisationId: centre,
      standardCodes: ['TY-QA'],
      trainingCategories: [],
    });
    expect([draft.status, draft.contributorName]).toEqual(['draft', expect.stringMatching(/^托育机构/)]);
    const reader = memberRep(centre);
    const before = await h.call<PracticePage>(CoordinationRpc.listPractices, { q: '未入托' }, reader);
    expect(before.items).toEqual([]);
    await h.call(CoordinationRpc.publishPractice, { id: draft.id, expectedVersion: 1 });

    for (const q of ['未入托', '婴幼儿发展', '医育', '语言与社会性']) {
      const page = await h.call<PracticePage>(CoordinationRpc.listPractices, { q }, reader);
      expect({ q, ids: page.items.map((p) => p.id) }).toEqual({ q, ids: [draft.id] });
    }
    expect(
      (await h.call<PracticePage>(CoordinationRpc.listPractices, { q: '托幼一体化' }, reader)).items,
    ).toEqual([]);
    expect(
      (await h.call<PracticePage>(CoordinationRpc.listPractices, { tag: '科学育儿' }, reader)).items,
    ).toHaveLength(1);
    const asRep = await h.refusal(
      CoordinationRpc.createPractice,
      {
        kind: 'case',
        title: '案例',
        summary: 's',
        body: 'b',
        tags: [],
        standardCodes: [],
        trainingCategories: [],
      },
      reader,
    );
    expect(asRep.code).toBe('FORBIDDEN');
    const unknownCode = await h.refusal(CoordinationRpc.createPractice, {
      kind: 'case',
      title: '案例',
      summary: 's',
      body: 'b',
      tags: [],
      standardCodes: ['TY-QA', 'TY-XX'],
      trainingCategories: [],
    });
    expect([unknownCode.code, unknownCode.details?.fields]).toEqual([
      'BUSINESS_RULE_VIOLATED',
      [{ field: 'standardCodes', reasons: ['no published standard has the code or criterion TY-XX'] }],
    ]);
    expect((await h.outboxEvents(draft.id)).map((e) => e.type)).toEqual([
      CoordinationEvent.practicePublished,
    ]);
  });
});
