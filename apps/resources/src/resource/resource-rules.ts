import type { BlackoutDto, OpeningHoursDto } from '@alliance/contracts/resources';
import { clockMinutes, isCalendarDate } from '../shared/shanghai-time';
import { fieldError } from '../shared/validation-error';

/** Weekly hours as stored: each interval ordered, sorted by weekday and opening. */
export function checkedOpeningHours(hours: OpeningHoursDto[] | undefined, field = 'openingHours') {
  const checked = (hours ?? []).map((h, i) => {
    if (clockMinutes(h.opens) >= clockMinutes(h.closes)) {
      throw fieldError(`${field}.${i}.closes`, 'closes must be after opens (use 24:00 for midnight)');
    }
    if (h.opens === '24:00') throw fieldError(`${field}.${i}.opens`, 'opens must be before 24:00');
    return { weekday: h.weekday, opens: h.opens, closes: h.closes };
  });
  return checked.sort((a, b) => a.weekday - b.weekday || clockMinutes(a.opens) - clockMinutes(b.opens));
}

export function checkedBlackouts(blackouts: BlackoutDto[] | undefined, field = 'blackouts') {
  return (blackouts ?? []).map((b, i) => {
    if (!isCalendarDate(b.from)) throw fieldError(`${field}.${i}.from`, 'from is not a calendar date');
    if (!isCalendarDate(b.to)) throw fieldError(`${field}.${i}.to`, 'to is not a calendar date');
    if (b.to < b.from) throw fieldError(`${field}.${i}.to`, 'to must not be before from');
    return { from: b.from, to: b.to, reason: b.reason?.trim() || null };
  });
}
