import { randomBytes } from 'node:crypto';

/** Crockford's base32 (no I, L, O, U): readable aloud and from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 characters = 100 random bits: unguessable, and short enough to print on a certificate. */
export function newVerificationCode(): string {
  const bytes = randomBytes(20);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}
