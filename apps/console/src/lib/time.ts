import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date and time the console shows is the alliance's: Chengdu, Asia/Shanghai (UTC+8, no DST). */
export const ALLIANCE_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ALLIANCE_TIME_ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ALLIANCE_TIME_ZONE).format('YYYY-MM-DD') : '—';
}

/** An instant as the alliance's wall clock (for calendars: which day a session falls on in Chengdu). */
export function inAlliance(iso: string): dayjs.Dayjs {
  return dayjs(iso).tz(ALLIANCE_TIME_ZONE);
}

export function formatTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ALLIANCE_TIME_ZONE).format('HH:mm') : '—';
}

/**
 * What a date-time picker shows (the browser's own zone) read as Chengdu wall-clock time: a trainer in
 * another zone who picks 09:00 means 09:00 in Chengdu, where the session takes place.
 */
export function allianceInstant(picked: dayjs.Dayjs): string {
  return dayjs.tz(picked.format('YYYY-MM-DD HH:mm'), ALLIANCE_TIME_ZONE).toISOString();
}

/** A calendar date (YYYY-MM-DD) as it is, without any zone. */
export function calendarDate(picked: dayjs.Dayjs): string {
  return picked.format('YYYY-MM-DD');
}
