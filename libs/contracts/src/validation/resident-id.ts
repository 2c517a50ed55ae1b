import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * 公民身份号码 (GB 11643-1999): 18 characters — a 6-digit address code, the birth date YYYYMMDD, a
 * 3-digit sequence and a check character over the first 17 digits (ISO 7064 MOD 11-2, `X` for 10).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9][0-9]{5}(18|19|20)[0-9]{2}[0-9]{4}[0-9]{3}[0-9X]$/;

/** The check character GB 11643 prescribes for the first 17 digits, or null if they are not 17 digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^[0-9]{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An 18-character resident ID number with a real birth date and a valid check character (upper-case X). */
export function isValidResidentId(value: unknown): value is string {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  if (!isRealDate(value.slice(6, 14))) return false;
  return residentIdCheckChar(value.slice(0, 17)) === value[17];
}

/** `5101**********123X`: the first four and last four characters, the rest hidden. */
export function maskResidentId(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** Validates a 身份证号 (GB 11643) including birth date and check character. */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isResidentId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          '$property must be an 18-character resident ID number (身份证号, GB 11643) with a valid birth date and check character',
        ...options,
      },
      validator: { validate: (value: unknown) => isValidResidentId(value) },
    });
  };
}
