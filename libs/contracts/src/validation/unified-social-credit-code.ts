import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and capital
 * letters without I, O, Z, S, V, so that no character can be misread as another). Characters 3–8 are the
 * administrative division code; the 18th is a check character over the first 17, weighted by 3^(i) mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character the standard prescribes for the first 17 characters, or null if they cannot be coded. */
export function unifiedSocialCreditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function isValidUnifiedSocialCreditCode(value: unknown): value is string {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  return unifiedSocialCreditCodeCheckChar(value.slice(0, 17)) === value[17];
}

/** Validates an 18-character unified social credit code including its GB 32100-2015 check character. */
export function IsUnifiedSocialCreditCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isUnifiedSocialCreditCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be an 18-character unified social credit code (统一社会信用代码) with a valid check character',
        ...options,
      },
      validator: { validate: (value: unknown) => isValidUnifiedSocialCreditCode(value) },
    });
  };
}
