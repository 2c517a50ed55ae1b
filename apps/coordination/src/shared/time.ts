const DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of an instant in the alliance's zone (Asia/Shanghai), `YYYY-MM-DD`. */
export function allianceDate(instant: Date): string {
  return DATE.format(instant);
}

/** `YYYY-MM-DD` plus whole days. */
export function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
