/**
 * A due date (`YYYY-MM-DD`) as the instant it runs out: the end of that day in the alliance's zone (UTC+8, no
 * daylight saving). A full timestamp is kept as it is.
 */
export function endOfAllianceDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return new Date(date).toISOString();
  return new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();
}
