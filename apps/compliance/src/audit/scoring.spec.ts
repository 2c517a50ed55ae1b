import { AnswerResult, Grade } from '@alliance/contracts/compliance';
import { formatHundredths, gradeOf, scoreAudit, severityOf, type ScoringAnswer } from './scoring';

const BANDS = [
  { grade: 'A' as const, minPercent: 90 },
  { grade: 'B' as const, minPercent: 75 },
  { grade: 'C' as const, minPercent: 60 },
  { grade: 'D' as const, minPercent: 0 },
];

const criterion = (id: string, points: number, veto = false) => ({
  id,
  code: id.toUpperCase(),
  points,
  veto,
});
const answers = (entries: Array<[string, AnswerResult, number?]>) =>
  new Map<string, ScoringAnswer>(
    entries.map(([id, result, pts]) => [id, { result, pointsAwarded: pts ?? 0 }]),
  );

describe('scoreAudit', () => {
  it('scores met, partly met, not met and not applicable exactly, scaled to the total', () => {
    // Applicable: 40 + 30 + 20 = 90 (the 10-point criterion is not applicable). Awarded: 40 + 12 + 0 = 52.
    // 52 / 90 × 1000 = 577.777… → 577.78; 57.8 % → D.
    const result = scoreAudit(
      [criterion('c1', 40), criterion('c2', 30), criterion('c3', 20), criterion('c4', 10)],
      answers([
        ['c1', AnswerResult.Met],
        ['c2', AnswerResult.PartlyMet, 12],
        ['c3', AnswerResult.NotMet],
        ['c4', AnswerResult.NotApplicable],
      ]),
      1000,
      BANDS,
    );
    expect(result).toEqual({
      score: '577.78',
      grade: Grade.D,
      awardedPoints: 52,
      applicablePoints: 90,
      failedVetoCriteria: [],
    });
  });

  it('reaches a band at exactly its minimum share, with no floating-point drift', () => {
    // 81 of 90 is exactly 90 %: A, 900.00.
    const a = scoreAudit(
      [criterion('c1', 81), criterion('c2', 9)],
      answers([
        ['c1', AnswerResult.Met],
        ['c2', AnswerResult.NotMet],
      ]),
      1000,
      BANDS,
    );
    expect([a.score, a.grade]).toEqual(['900.00', Grade.A]);
    // Thirds: 1 of 3 points of 1000 → 333.33; 2 of 3 → 666.67 (half up), C (66.7 % ≥ 60).
    const third = scoreAudit(
      [criterion('a', 1), criterion('b', 1), criterion('c', 1)],
      answers([
        ['a', AnswerResult.Met],
        ['b', AnswerResult.Met],
        ['c', AnswerResult.NotMet],
      ]),
      1000,
      BANDS,
    );
    expect([third.score, third.grade]).toEqual(['666.67', Grade.C]);
    // 0.1 + 0.2 style sums: ten criteria of 7 points, seven met → 49 of 70 → 700.00, C.
    const ids = Array.from({ length: 10 }, (_, i) => `k${i}`);
    const tenths = scoreAudit(
      ids.map((id) => criterion(id, 7)),
      answers(ids.map((id, i) => [id, i < 7 ? AnswerResult.Met : AnswerResult.NotMet])),
      1000,
      BANDS,
    );
    expect([tenths.score, tenths.grade]).toEqual(['700.00', Grade.C]);
  });

  it('fails the audit on one failed veto criterion at any score', () => {
    const result = scoreAudit(
      [criterion('v', 10, true), criterion('c1', 990)],
      answers([
        ['v', AnswerResult.PartlyMet, 9],
        ['c1', AnswerResult.Met],
      ]),
      1000,
      BANDS,
    );
    expect(result.score).toBe('999.00');
    expect(result.grade).toBe(Grade.Fail);
    expect(result.failedVetoCriteria).toEqual(['V']);
  });

  it('a veto criterion answered not applicable fails nothing', () => {
    const result = scoreAudit(
      [criterion('v', 10, true), criterion('c1', 90)],
      answers([
        ['v', AnswerResult.NotApplicable],
        ['c1', AnswerResult.Met],
      ]),
      1000,
      BANDS,
    );
    expect([result.score, result.grade]).toEqual(['1000.00', Grade.A]);
  });
});

describe('grades and severities', () => {
  it('compares shares exactly', () => {
    expect(gradeOf(74, 100, BANDS)).toBe('C');
    expect(gradeOf(75, 100, BANDS)).toBe('B');
    expect(gradeOf(0, 100, BANDS)).toBe('D');
  });

  it('formats hundredths', () => {
    expect(formatHundredths(5n)).toBe('0.05');
    expect(formatHundredths(100000n)).toBe('1000.00');
  });

  it('veto is critical; otherwise by points lost', () => {
    const rules = { majorFromPointsLost: 15, dueDays: { critical: 7, major: 30, minor: 90 } };
    expect(severityOf(true, 1, rules)).toBe('critical');
    expect(severityOf(false, 15, rules)).toBe('major');
    expect(severityOf(false, 14, rules)).toBe('minor');
  });
});
