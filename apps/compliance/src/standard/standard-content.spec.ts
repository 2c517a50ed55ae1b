import type { StandardContentDto } from '@alliance/contracts/compliance';
import { checkStandardContent } from './standard-content';

const content = (overrides: Partial<StandardContentDto> = {}): StandardContentDto => ({
  title: 't',
  issuer: 'i',
  effectiveFrom: '2026-01-01',
  totalPoints: 30,
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
      maxPoints: 30,
      criteria: [
        { code: 'C1', text: 'x', points: 10, evidenceRequired: false, veto: false, appliesTo: [] },
        { code: 'C2', text: 'y', points: 20, evidenceRequired: false, veto: true, appliesTo: [] },
      ],
    },
  ],
  ...overrides,
});

const fieldOf = (c: StandardContentDto): string | undefined => {
  try {
    checkStandardContent(c);
    return undefined;
  } catch (error) {
    return (error as { details?: { fields?: Array<{ field: string }> } }).details?.fields?.[0].field;
  }
};

describe('checkStandardContent', () => {
  it('accepts consistent content', () => expect(fieldOf(content())).toBeUndefined());

  it('names the field that does not add up or repeats', () => {
    expect(fieldOf(content({ totalPoints: 31 }))).toBe('totalPoints');
    const [area] = content().areas;
    expect(fieldOf(content({ areas: [{ ...area, maxPoints: 29 }] }))).toBe('areas[0].maxPoints');
    expect(
      fieldOf(
        content({ areas: [{ ...area, criteria: [area.criteria[0], { ...area.criteria[1], code: 'C1' }] }] }),
      ),
    ).toBe('areas[0].criteria[1].code');
    expect(fieldOf(content({ areas: [area, { ...area }], totalPoints: 60 }))).toBe('areas[1].code');
  });

  it('wants A–D once each, strictly falling, D at 0', () => {
    const bands = content().gradeBands;
    expect(fieldOf(content({ gradeBands: [bands[0], bands[0], bands[2], bands[3]] }))).toBe('gradeBands');
    expect(
      fieldOf(content({ gradeBands: [bands[0], { grade: 'B', minPercent: 90 }, bands[2], bands[3]] })),
    ).toBe('gradeBands');
    expect(
      fieldOf(content({ gradeBands: [bands[0], bands[1], bands[2], { grade: 'D', minPercent: 10 }] })),
    ).toBe('gradeBands');
  });
});
