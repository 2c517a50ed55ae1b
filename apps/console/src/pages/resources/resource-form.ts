import type { Schemas } from '../../api/client';

export type OfferBody = Schemas['ListResourceDto'];
type Kind = OfferBody['kind'];

export interface OpeningRow {
  weekday?: number;
  opens?: string;
  closes?: string;
}

export interface OfferFields {
  kind: Kind;
  title: string;
  description?: string;
  ownerOrganisationId?: string;
  districtCode: string;
  address?: string;
  capacity: number;
  openingHours?: OpeningRow[];
  policy: {
    approval: 'auto' | 'owner';
    minNoticeMinutes?: number | null;
    maxDurationMinutes?: number | null;
    monthlyQuota?: number | null;
  };
  availableFrom?: string;
  availableUntil?: string;
}

/** Places (childcare places offered by the month) have a period, not opening hours; the others the reverse. */
export const isTimed = (kind: Kind | undefined) =>
  kind === 'venue' || kind === 'expert' || kind === 'equipment';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * What is wrong with one opening-hours row among the others, before the gateway is asked: a row that closes
 * before it opens, or that overlaps another row of the same weekday, would be refused there anyway.
 */
export function openingRowProblem(
  rows: readonly (OpeningRow | undefined)[],
  index: number,
): 'order' | 'overlap' | null {
  const row = rows[index];
  if (!row?.opens || !row.closes || !row.weekday) return null;
  if (minutes(row.closes) <= minutes(row.opens)) return 'order';
  const overlaps = rows.some(
    (other, i) =>
      i !== index &&
      !!other?.opens &&
      other.weekday === row.weekday &&
      !!other.closes &&
      minutes(other.opens) < minutes(row.closes as string) &&
      minutes(row.opens as string) < minutes(other.closes),
  );
  return overlaps ? 'overlap' : null;
}

/** A months period (YYYY-MM) that ends before it starts. */
export function monthRangeProblem(from: string | undefined, until: string | undefined): 'order' | null {
  return from && until && until < from ? 'order' : null;
}

/** The offer as the gateway takes it: empty optional fields left out, text trimmed. */
export function offerBody(v: OfferFields, ownOrganisationId: string | null | undefined): OfferBody {
  const timed = isTimed(v.kind);
  const p = v.policy;
  const given = (n: number | null | undefined): n is number => n !== null && n !== undefined;
  return {
    kind: v.kind,
    title: v.title.trim(),
    ...(v.description?.trim() ? { description: v.description.trim() } : {}),
    ownerOrganisationId: ownOrganisationId ?? v.ownerOrganisationId ?? '',
    districtCode: v.districtCode,
    ...(v.address?.trim() ? { address: v.address.trim() } : {}),
    capacity: v.capacity,
    visibility: 'alliance',
    ...(timed
      ? {
          openingHours: (v.openingHours ?? []).map((h) => ({
            weekday: h.weekday as number,
            opens: h.opens as string,
            closes: h.closes as string,
          })),
        }
      : {}),
    policy: {
      approval: p.approval,
      ...(timed && given(p.minNoticeMinutes) ? { minNoticeMinutes: p.minNoticeMinutes } : {}),
      ...(timed && given(p.maxDurationMinutes) ? { maxDurationMinutes: p.maxDurationMinutes } : {}),
      ...(given(p.monthlyQuota) ? { monthlyQuota: p.monthlyQuota } : {}),
    },
    ...(!timed && v.availableFrom ? { availableFrom: v.availableFrom } : {}),
    ...(!timed && v.availableUntil ? { availableUntil: v.availableUntil } : {}),
  };
}

/** Monday (YYYY-MM-DD) of the week a date falls in; weeks in the alliance start on Monday. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
