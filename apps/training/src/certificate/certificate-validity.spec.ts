import { validityOf } from './certificate.service';
import { newVerificationCode } from './verification-code';

describe('certificate validity and verification codes', () => {
  it('is revoked before anything else, expired the day after its expiry date, valid otherwise', () => {
    expect(validityOf({ revokedAt: new Date(), expiresOn: '2030-01-01' }, '2026-01-01')).toBe('revoked');
    expect(validityOf({ revokedAt: null, expiresOn: '2026-01-01' }, '2026-01-01')).toBe('valid');
    expect(validityOf({ revokedAt: null, expiresOn: '2026-01-01' }, '2026-01-02')).toBe('expired');
    expect(validityOf({ revokedAt: null, expiresOn: null }, '2099-01-01')).toBe('valid');
  });

  it('draws 20 Crockford base32 characters, different every time', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => newVerificationCode()));
    expect(codes.size).toBe(10_000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
  });
});
