import { isChinesePhoneNumber, isMainlandLandline, isMainlandMobile } from './phone-number';

describe('phone numbers', () => {
  it.each(['13812345678', '15928001234', '19900000000', '17708281234'])('accepts the mobile %s', (phone) => {
    expect(isMainlandMobile(phone)).toBe(true);
    expect(isChinesePhoneNumber(phone)).toBe(true);
  });

  it.each(['028-12345678', '028-85123456', '010-6512345', '0755-86013388', '028-85123456-801'])(
    'accepts the landline %s',
    (phone) => {
      expect(isMainlandLandline(phone)).toBe(true);
      expect(isChinesePhoneNumber(phone)).toBe(true);
    },
  );

  it.each([
    ['a mobile starting 12', '12812345678'],
    ['a mobile with 10 digits', '1381234567'],
    ['a mobile with 12 digits', '138123456789'],
    ['a landline without area code', '85123456'],
    ['a landline without hyphen', '02885123456'],
    ['an area code without the leading 0', '28-85123456'],
    ['a local number starting with 0', '028-05123456'],
    ['a local number too short', '028-123456'],
    ['letters', '028-8512345a'],
    ['spaces', '138 1234 5678'],
    ['empty', ''],
  ])('refuses %s', (_why, phone) => {
    expect(isChinesePhoneNumber(phone)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isChinesePhoneNumber(13812345678)).toBe(false);
    expect(isChinesePhoneNumber(null)).toBe(false);
  });
});
