import { fieldError } from './errors';

/** An opaque keyset cursor: the sort key of the last row of a page. */
export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor `[sort key, id]` whose sort key passes `isKey` (so the database never sees a malformed one). */
export function decodeCursor(cursor: string, isKey: (key: string) => boolean): [string, string] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === 2 &&
      parts.every((p) => typeof p === 'string') &&
      isKey(parts[0]) &&
      UUID.test(parts[1])
    ) {
      return parts as [string, string];
    }
  } catch {
    /* refused below */
  }
  throw fieldError('cursor', 'cursor is not one this list gave out');
}

/** A `YYYY-MM-DD` that is a real date. */
export const isDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** An instant as the lists write it. */
export const isInstant = (s: string): boolean =>
  !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s);
