import type { AnswerResult } from './labels';

export interface AmendRow {
  criterionId?: string;
  result?: AnswerResult;
  pointsAwarded?: number | null;
  reason?: string;
}

/** Which amended rows need what, before the gateway is asked: a criterion once, and a reason for "not applicable". */
export function amendRowProblem(
  rows: readonly (AmendRow | undefined)[],
  index: number,
): 'duplicate' | 'naReason' | null {
  const row = rows[index];
  if (!row?.criterionId) return null;
  if (rows.some((other, i) => i < index && other?.criterionId === row.criterionId)) return 'duplicate';
  if (row.result === 'not_applicable' && !row.reason?.trim()) return 'naReason';
  return null;
}
