import { fieldPath } from '../src/api/problems';
import {
  duplicateCodes,
  gradeBandProblem,
  standardContent,
  standardFields,
  type StandardFields,
} from '../src/pages/standards/standard-form';

const draft: StandardFields = {
  code: 'CD-TY-2026',
  title: ' 成都市托育机构服务质量评估标准 ',
  issuer: '成都市卫生健康委员会',
  effectiveFrom: '2026-01-01',
  areas: [
    {
      code: 'A1',
      title: '安全管理',
      criteria: [
        { code: 'A1.1', text: '消防通道畅通', points: 10, veto: true, evidenceRequired: true },
        { code: 'A1.2', text: '食品留样 48 小时', points: 5, appliesTo: ['childcare_centre'] },
      ],
    },
    {
      code: 'B1',
      title: '保育照护',
      criteria: [{ code: 'B1.1', text: '一日生活安排', points: 15, trainingCategory: 'care_and_feeding' }],
    },
  ],
  minA: 90,
  minB: 75,
  minC: 60,
};

describe('authoring a standard: what the editor works out and checks before the gateway is asked', () => {
  it('works out each area’s maximum and the total from the criteria’s points', () => {
    const content = standardContent(draft);
    expect(content.totalPoints).toBe(30);
    expect(content.areas.map((a) => a.maxPoints)).toEqual([15, 15]);
    expect(content.title).toBe('成都市托育机构服务质量评估标准');
    expect(content.areas[0].criteria[1]).toEqual({
      code: 'A1.2',
      text: '食品留样 48 小时',
      points: 5,
      evidenceRequired: false,
      veto: false,
      appliesTo: ['childcare_centre'],
    });
    expect(content.areas[1].criteria[0].trainingCategory).toBe('care_and_feeding');
    expect(content.gradeBands).toEqual([
      { grade: 'A', minPercent: 90 },
      { grade: 'B', minPercent: 75 },
      { grade: 'C', minPercent: 60 },
      { grade: 'D', minPercent: 0 },
    ]);
  });

  it('asks for grade bands falling strictly from A to D', () => {
    expect(gradeBandProblem({ minA: 90, minB: 75, minC: 60 })).toBeNull();
    expect(gradeBandProblem({ minA: 90, minB: 90, minC: 60 })).toBe('order');
    expect(gradeBandProblem({ minA: 60, minB: 75, minC: 90 })).toBe('order');
    expect(gradeBandProblem({ minA: 90, minB: 75, minC: 0 })).toBe('order');
    expect(gradeBandProblem({ minA: 101, minB: 75, minC: 60 })).toBe('order');
    expect(gradeBandProblem({ minA: 90, minB: null, minC: 60 })).toBe('missing');
  });

  it('points at an area code used twice and a criterion code used twice anywhere in the standard', () => {
    expect(duplicateCodes(draft.areas)).toEqual([]);
    const twice = [
      ...draft.areas,
      { code: 'A1', title: '重复', criteria: [{ code: 'B1.1' }, { code: '' }] },
      undefined,
    ];
    expect(duplicateCodes(twice)).toEqual([
      ['areas', 2, 'code'],
      ['areas', 2, 'criteria', 0, 'code'],
    ]);
  });

  it('opens a saved standard in the editor as it was', () => {
    const content = standardContent(draft);
    const saved = {
      id: 's',
      code: 'CD-TY-2026',
      edition: 1,
      status: 'draft' as const,
      supersedesId: null,
      supersededById: null,
      publishedAt: null,
      retiredAt: null,
      version: 1,
      ...content,
      areas: content.areas.map((a, i) => ({
        ...a,
        id: `a${i}`,
        criteria: a.criteria.map((c, j) => ({
          ...c,
          id: `c${i}${j}`,
          trainingCategory: c.trainingCategory ?? null,
        })),
      })),
    };
    expect(standardContent(standardFields(saved))).toEqual(content);
  });

  it('places a service’s `areas[0].criteria[1].code` next to its field', () => {
    expect(fieldPath('areas[0].criteria[1].code')).toEqual(['areas', 0, 'criteria', 1, 'code']);
  });
});
