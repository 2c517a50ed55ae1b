import { DomainError } from '@alliance/contracts';
import { decodePageCursor, encodePageCursor } from './page-cursor';

const ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('page cursors', () => {
  it('gives back what it encoded, and null for the first page', () => {
    const cursor = { key: '2026-11-29T08:00:00.000Z', id: ID };
    expect(decodePageCursor(encodePageCursor(cursor))).toEqual(cursor);
    expect(decodePageCursor(undefined)).toBeNull();
  });

  it('refuses what is not one of its cursors, naming the field', () => {
    const bad = [
      'garbage',
      Buffer.from('["a"]').toString('base64url'),
      Buffer.from('["a","not-a-uuid"]').toString('base64url'),
      Buffer.from(`[1,"${ID}"]`).toString('base64url'),
    ];
    for (const value of bad) {
      expect(() => decodePageCursor(value)).toThrow(DomainError);
      try {
        decodePageCursor(value);
      } catch (error) {
        expect((error as DomainError).details).toEqual({
          fields: [{ field: 'cursor', reasons: ['cursor must be the nextCursor of a previous page'] }],
        });
      }
    }
  });

  it('refuses a sort key the list could not have written', () => {
    const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
    expect(decodePageCursor(encodePageCursor({ key: '2026-11-29', id: ID }), isDate)).toEqual({
      key: '2026-11-29',
      id: ID,
    });
    expect(() => decodePageCursor(encodePageCursor({ key: "'; DROP TABLE", id: ID }), isDate)).toThrow(
      DomainError,
    );
  });
});
