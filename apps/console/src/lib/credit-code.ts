/**
 * 统一社会信用代码 (GB 32100-2015), the same rule as libs/contracts' IsUnifiedSocialCreditCode (a test
 * compares the two on many codes): that one registers a class-validator decorator, which the browser
 * bundle should not carry. 18 characters from 31 (no I, O, Z, S, V); characters 3–8 the division code;
 * the 18th a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CHAR = /^[0-9A-HJ-NPQRTUWXY]$/;

export type CreditCodeProblem = 'empty' | 'length' | 'character' | 'division' | 'check';

export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** What is wrong with a (possibly half-typed) code, checked as far as it goes; null when it is valid. */
export function creditCodeProblem(raw: string, { partial = false } = {}): CreditCodeProblem | null {
  const value = raw.trim().toUpperCase();
  if (!value) return 'empty';
  for (let i = 0; i < value.length; i++) {
    if (!CHAR.test(value[i])) return 'character';
    if (i >= 2 && i < 8 && !/[0-9]/.test(value[i])) return 'division';
  }
  if (value.length < 18) return partial ? null : 'length';
  if (value.length > 18) return 'length';
  return creditCodeCheckChar(value.slice(0, 17)) === value[17] ? null : 'check';
}

export function isValidCreditCode(value: string): boolean {
  return value === value.trim().toUpperCase() && creditCodeProblem(value) === null;
}
