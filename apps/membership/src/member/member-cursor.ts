import { createHash } from 'node:crypto';
import type { MemberSortField, SortOrder } from '@alliance/contracts/membership';

/** Where the previous page ended, plus what it was a page of, so a cursor cannot be replayed on another list. */
export interface MemberCursor {
  sort: MemberSortField;
  order: SortOrder;
  /** The sort key of the last row: its name, or its appliedAt as ISO 8601 (stored with millisecond precision). */
  key: string;
  id: string;
  filters: string;
}

export function filtersFingerprint(filters: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(filters)
      .sort()
      .map((k) => [k, filters[k] ?? null]),
  );
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}

/** Opaque to clients: base64url of a small JSON document. */
export function encodeMemberCursor(cursor: MemberCursor): string {
  return Buffer.from(
    JSON.stringify([cursor.sort, cursor.order, cursor.key, cursor.id, cursor.filters]),
  ).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor, or null when it was not made by `encodeMemberCursor` (tampered, truncated, from elsewhere). */
export function decodeMemberCursor(value: string): MemberCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 5 || !parsed.every((p) => typeof p === 'string'))
    return null;
  const [sort, order, key, id, filters] = parsed as string[];
  if (sort !== 'name' && sort !== 'appliedAt') return null;
  if (order !== 'asc' && order !== 'desc') return null;
  if (!UUID.test(id)) return null;
  if (sort === 'appliedAt' && Number.isNaN(Date.parse(key))) return null;
  return { sort, order, key, id, filters };
}
