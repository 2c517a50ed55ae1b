import { fieldError } from './errors';

/** An opaque keyset cursor: the sort key of the last row of a page. */
export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === length && parts.every((p) => typeof p === 'string')) {
      return parts as string[];
    }
  } catch {
    /* refused below */
  }
  throw fieldError('cursor', 'cursor is not one this list gave out');
}
