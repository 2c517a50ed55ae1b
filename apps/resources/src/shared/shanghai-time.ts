/**
 * Calendar arithmetic in the alliance's zone, Asia/Shanghai: UTC+8 all year (China has kept no daylight
 * saving time since 1991), so local time is the instant plus eight hours — no Intl, no zone database.
 * Dates are `YYYY-MM-DD`, months `YYYY-MM`, clock times `HH:MM` (`24:00` = the end of a day).
 */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The local calendar date of an instant. */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The local month of an instant. */
export function localMonth(instant: Date): string {
  return localDate(instant).slice(0, 7);
}

/** `HH:MM` local. */
export function localClock(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16);
}

/** Minutes of `HH:MM` since midnight (`24:00` is 1440). */
export function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** The instant of a local date and clock time. */
export function instantAt(date: string, clock = '00:00'): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + clockMinutes(clock) * MINUTE_MS - SHANGHAI_OFFSET_MS);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Is `date` a real calendar date (not 2026-02-30)? */
export function isCalendarDate(date: string): boolean {
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date;
}

/** The first instant of a local month. */
export function monthStart(month: string): Date {
  return instantAt(`${month}-01`);
}

export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthsInclusive(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return Math.max(0, ty * 12 + tm - (fy * 12 + fm) + 1);
}

/** Every month from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  return Array.from({ length: monthsInclusive(from, to) }, (_, i) => addMonths(from, i));
}

/** `2026-12-01 09:00–11:30` local (the end's date is added when it differs). */
export function formatRange(startsAt: Date, endsAt: Date): string {
  const startDate = localDate(startsAt);
  const endDate = localDate(endsAt);
  const end = endDate === startDate ? localClock(endsAt) : `${endDate} ${localClock(endsAt)}`;
  return `${startDate} ${localClock(startsAt)}–${end} (Asia/Shanghai)`;
}

export interface WeeklyHours {
  weekday: number;
  opens: string;
  closes: string;
}

/**
 * Whether weekly opening hours cover `[startsAt, endsAt)` entirely. Intervals of neighbouring days join
 * (Monday 18:00–24:00 and Tuesday 00:00–02:00 cover 22:00–01:00 across midnight). No hours: always open.
 */
export function withinOpeningHours(hours: readonly WeeklyHours[], startsAt: Date, endsAt: Date): boolean {
  if (hours.length === 0) return true;
  const intervals: Array<[number, number]> = [];
  const last = localDate(endsAt);
  for (let date = addDays(localDate(startsAt), -1); date <= last; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    for (const h of hours) {
      if (h.weekday !== weekday) continue;
      intervals.push([instantAt(date, h.opens).getTime(), instantAt(date, h.closes).getTime()]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let covered = startsAt.getTime();
  const end = endsAt.getTime();
  for (const [from, to] of intervals) {
    if (from > covered) break;
    if (to > covered) covered = to;
    if (covered >= end) return true;
  }
  return covered >= end;
}

export interface DateSpan {
  from: string;
  to: string;
}

/** The first span of dates (inclusive, local) that `[startsAt, endsAt)` touches, if any. */
export function touchedSpan<T extends DateSpan>(spans: readonly T[], startsAt: Date, endsAt: Date): T | null {
  return (
    spans.find(
      (s) =>
        instantAt(s.from).getTime() < endsAt.getTime() &&
        instantAt(addDays(s.to, 1)).getTime() > startsAt.getTime(),
    ) ?? null
  );
}
