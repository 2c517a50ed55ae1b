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
