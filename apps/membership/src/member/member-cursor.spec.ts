import {
  decodeMemberCursor,
  encodeMemberCursor,
  filtersFingerprint,
  type MemberCursor,
} from './member-cursor';

describe('member list cursor', () => {
  const cursor: MemberCursor = {
    sort: 'name',
    order: 'desc',
    key: '成都电子科大立人托育中心',
    id: '0b9f3c52-5a0e-4b8e-9d7c-1f2a3b4c5d6e',
    filters: filtersFingerprint({ status: 'admitted' }),
  };

  it('round-trips, Chinese sort keys included', () => {
    expect(decodeMemberCursor(encodeMemberCursor(cursor))).toEqual(cursor);
  });

  it('is URL-safe', () => {
    expect(encodeMemberCursor(cursor)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses anything it did not make', () => {
    expect(decodeMemberCursor('not a cursor')).toBeNull();
    expect(decodeMemberCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
    expect(decodeMemberCursor(encodeMemberCursor({ ...cursor, id: 'x' }))).toBeNull();
    expect(
      decodeMemberCursor(encodeMemberCursor({ ...cursor, sort: 'appliedAt', key: 'yesterday' })),
    ).toBeNull();
  });

  it('fingerprints filters independently of key order, and differently for different filters', () => {
    expect(filtersFingerprint({ a: 1, b: 'x' })).toBe(filtersFingerprint({ b: 'x', a: 1 }));
    expect(filtersFingerprint({ status: 'admitted' })).not.toBe(filtersFingerprint({ status: 'applied' }));
    expect(filtersFingerprint({ status: undefined })).toBe(filtersFingerprint({ status: null }));
  });
});
