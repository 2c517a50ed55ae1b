import {
  AnswerResult,
  FindingSeverity,
  Grade,
  type BandGrade,
  type FindingSeverity as Severity,
  type Grade as GradeValue,
} from '@alliance/contracts/compliance';

export interface ScoringCriterion {
  id: string;
  code: string;
  points: number;
  veto: boolean;
}

export interface ScoringAnswer {
  result: AnswerResult;
  pointsAwarded: number;
}

export interface GradeBand {
  grade: BandGrade;
  minPercent: number;
}

export interface ScoreResult {
  /** Of the standard's total, rounded half up to hundredths, as an exact decimal string ("577.78"). */
  score: string;
  grade: GradeValue;
  awardedPoints: number;
  applicablePoints: number;
  failedVetoCriteria: string[];
}

/** The points an answer earns: met all, partly met what the inspector gave, not met none. */
export function pointsFor(criterion: ScoringCriterion, answer: ScoringAnswer): number {
  switch (answer.result) {
    case AnswerResult.Met:
      return criterion.points;
    case AnswerResult.PartlyMet:
      return answer.pointsAwarded;
    default:
      return 0;
  }
}

/** Whether an answer falls short of its criterion (a finding and a corrective action follow). */
export function isShortfall(result: AnswerResult): boolean {
  return result === AnswerResult.NotMet || result === AnswerResult.PartlyMet;
}

/** `a × b × 100 / c` rounded half up, in integers (no floating point anywhere). */
function hundredths(awarded: number, total: number, applicable: number): bigint {
  const numerator = BigInt(awarded) * BigInt(total) * 100n;
  const denominator = BigInt(applicable);
  return (2n * numerator + denominator) / (2n * denominator);
}

export function formatHundredths(value: bigint): string {
  const whole = value / 100n;
  const cents = (value % 100n).toString().padStart(2, '0');
  return `${whole}.${cents}`;
}

/**
 * The grade of `awarded` out of `applicable` points: the best band whose minimum share it reaches, compared
 * exactly as `awarded × 100 ≥ minPercent × applicable` (90 % of 90 points is A at 81, not at 80.99…).
 */
export function gradeOf(awarded: number, applicable: number, bands: GradeBand[]): BandGrade {
  const ordered = [...bands].sort((a, b) => b.minPercent - a.minPercent);
  for (const band of ordered) {
    if (BigInt(awarded) * 100n >= BigInt(band.minPercent) * BigInt(applicable)) return band.grade;
  }
  return ordered[ordered.length - 1].grade;
}

/**
 * Scores an audit over the criteria that apply (those answered not applicable count neither way), scaled to
 * the standard's total. Any veto criterion (一票否决) not met or partly met makes the grade `fail` whatever
 * the score. Every applicable criterion must have an answer (the service refuses to submit otherwise).
 */
export function scoreAudit(
  criteria: ScoringCriterion[],
  answers: ReadonlyMap<string, ScoringAnswer>,
  totalPoints: number,
  bands: GradeBand[],
): ScoreResult {
  let awarded = 0;
  let applicable = 0;
  const failedVeto: string[] = [];
  for (const criterion of criteria) {
    const answer = answers.get(criterion.id);
    if (!answer) throw new Error(`criterion ${criterion.code} has no answer`);
    if (answer.result === AnswerResult.NotApplicable) continue;
    applicable += criterion.points;
    awarded += pointsFor(criterion, answer);
    if (criterion.veto && isShortfall(answer.result)) failedVeto.push(criterion.code);
  }
  const score = applicable === 0 ? 0n : hundredths(awarded, totalPoints, applicable);
  const banded = applicable === 0 ? Grade.D : gradeOf(awarded, applicable, bands);
  return {
    score: formatHundredths(score),
    grade: failedVeto.length > 0 ? Grade.Fail : banded,
    awardedPoints: awarded,
    applicablePoints: applicable,
    failedVetoCriteria: failedVeto,
  };
}

export interface SeverityRules {
  /** Points lost from which a finding that is not a veto is major (below: minor). */
  majorFromPointsLost: number;
  dueDays: Record<Severity, number>;
}

/** Veto → critical; otherwise by the points lost. */
export function severityOf(veto: boolean, pointsLost: number, rules: SeverityRules): Severity {
  if (veto) return FindingSeverity.Critical;
  return pointsLost >= rules.majorFromPointsLost ? FindingSeverity.Major : FindingSeverity.Minor;
}
