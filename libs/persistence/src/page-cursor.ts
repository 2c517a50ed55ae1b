import { DomainError, ErrorCode } from '@alliance/contracts';

/**
 * Where a keyset page ended: the sort key and id of its last row. Clients get it as an opaque string
 * (base64url of `[key, id]`) and hand it back as `cursor`.
 */
export interface PageCursor {
  key: string;
  id: string;
}

export function encodePageCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The cursor a list gave out, or null for the first page. A cursor that is not one (tampered, truncated,
 * a sort key `isKey` refuses) is a VALIDATION_FAILED naming `cursor`: the database never sees it.
 */
export function decodePageCursor(value: string, isKey?: (key: string) => boolean): PageCursor;
export function decodePageCursor(
  value: string | undefined,
  isKey?: (key: string) => boolean,
): PageCursor | null;
export function decodePageCursor(
  value: string | undefined,
  isKey: (key: string) => boolean = () => true,
): PageCursor | null {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1]) &&
      isKey(parsed[0])
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // refused below
  }
  throw new DomainError(ErrorCode.ValidationFailed, 'cursor is not a cursor of this list', {
    fields: [{ field: 'cursor', reasons: ['cursor must be the nextCursor of a previous page'] }],
  });
}
