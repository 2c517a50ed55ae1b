import { ALLIANCE_TIME_ZONE } from '@alliance/contracts/training';

const DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: ALLIANCE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: ALLIANCE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar date of an instant in the alliance's zone (Asia/Shanghai), `YYYY-MM-DD`. */
export function allianceDate(instant: Date): string {
  return DATE.format(instant);
}

/** `2026-12-01 09:00–11:30` in Asia/Shanghai (the end's date is added when it differs). */
export function allianceTimeRange(startsAt: Date, endsAt: Date): string {
  const startDate = allianceDate(startsAt);
  const endDate = allianceDate(endsAt);
  const end = endDate === startDate ? TIME.format(endsAt) : `${endDate} ${TIME.format(endsAt)}`;
  return `${startDate} ${TIME.format(startsAt)}–${end}`;
}

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `YYYY-MM-DD` plus whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
