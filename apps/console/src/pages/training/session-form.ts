export interface MeetingRow {
  date?: string;
  starts?: string;
  ends?: string;
}

/** What is wrong with one meeting among a session's meetings: ending before it starts, or overlapping another. */
export function meetingRowProblem(
  rows: readonly (MeetingRow | undefined)[],
  index: number,
): 'order' | 'overlap' | null {
  const row = rows[index];
  if (!row?.date || !row.starts || !row.ends) return null;
  if (row.ends <= row.starts) return 'order';
  const overlaps = rows.some(
    (other, i) =>
      i !== index &&
      !!other?.starts &&
      other.date === row.date &&
      !!other.ends &&
      other.starts < (row.ends as string) &&
      (row.starts as string) < other.ends,
  );
  return overlaps ? 'overlap' : null;
}
