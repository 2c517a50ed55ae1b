import { DomainError, ErrorCode } from '@alliance/contracts';

/** Keyset position of a list: the sort key and id of the last row, opaque to clients. */
export interface PageCursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(value: string | undefined): PageCursor | null {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw new DomainError(ErrorCode.ValidationFailed, 'cursor is not a cursor of this list', {
    fields: [{ field: 'cursor', reasons: ['cursor must be the nextCursor of a previous page'] }],
  });
}
