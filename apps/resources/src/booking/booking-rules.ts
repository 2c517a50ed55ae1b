import { BookingRefusal } from '@alliance/contracts/resources';
import type { ResourceEntity } from '../resource/resource.entity';
import { BookingRefused } from '../shared/refusal';
import { formatRange, touchedSpan, withinOpeningHours } from '../shared/shanghai-time';

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

const MINUTE = 60_000;

/**
 * The rules of one slot that need no other booking: capacity, the past, notice, duration, blackout
 * dates and opening hours — in that order, each with its own reason. (Quota and overlap are the
 * database's, under a lock and a constraint.)
 */
export function checkSlot(resource: ResourceEntity, slot: Slot, headcount: number, now: Date): void {
  const range = formatRange(slot.startsAt, slot.endsAt);
  if (headcount > resource.capacity) {
    throw new BookingRefused(
      BookingRefusal.OverCapacity,
      'headcount',
      `headcount ${headcount} exceeds the capacity of ${resource.capacity}`,
    );
  }
  if (slot.startsAt <= now) {
    throw new BookingRefused(BookingRefusal.InThePast, 'startsAt', `${range} has already begun`);
  }
  if (
    resource.minNoticeMinutes &&
    slot.startsAt.getTime() - now.getTime() < resource.minNoticeMinutes * MINUTE
  ) {
    throw new BookingRefused(
      BookingRefusal.NoticeTooShort,
      'startsAt',
      `${range} is inside the notice period: book at least ${resource.minNoticeMinutes} minutes ahead`,
      { minNoticeMinutes: resource.minNoticeMinutes },
    );
  }
  if (
    resource.maxDurationMinutes &&
    slot.endsAt.getTime() - slot.startsAt.getTime() > resource.maxDurationMinutes * MINUTE
  ) {
    throw new BookingRefused(
      BookingRefusal.TooLong,
      'endsAt',
      `${range} is longer than the longest booking of ${resource.maxDurationMinutes} minutes`,
      { maxDurationMinutes: resource.maxDurationMinutes },
    );
  }
  const blackout = touchedSpan(resource.blackouts, slot.startsAt, slot.endsAt);
  if (blackout) {
    throw new BookingRefused(
      BookingRefusal.Blackout,
      'startsAt',
      `${range} falls on closed dates ${blackout.from}–${blackout.to}${blackout.reason ? ` (${blackout.reason})` : ''}`,
      { blackout },
    );
  }
  if (!withinOpeningHours(resource.openingHours, slot.startsAt, slot.endsAt)) {
    throw new BookingRefused(
      BookingRefusal.OutsideOpeningHours,
      'startsAt',
      `${range} is outside the opening hours (${describeHours(resource)})`,
      { openingHours: resource.openingHours },
    );
  }
}

const DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function describeHours(resource: ResourceEntity): string {
  return resource.openingHours.map((h) => `${DAYS[h.weekday]} ${h.opens}–${h.closes}`).join(', ');
}
