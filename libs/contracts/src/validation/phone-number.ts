import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Mainland mobile numbers: 11 digits, 1 then 3–9. */
const MOBILE = /^1[3-9][0-9]{9}$/;
/** Landlines: area code 0 + 2–3 digits, a hyphen, 7–8 digits, optional extension (028-12345678-123). */
const LANDLINE = /^0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}(-[0-9]{1,6})?$/;

export function isMainlandMobile(value: unknown): boolean {
  return typeof value === 'string' && MOBILE.test(value);
}

export function isMainlandLandline(value: unknown): boolean {
  return typeof value === 'string' && LANDLINE.test(value);
}

export function isChinesePhoneNumber(value: unknown): value is string {
  return isMainlandMobile(value) || isMainlandLandline(value);
}

/** A mainland mobile (13812345678) or landline with area code (028-12345678). */
export function IsChinesePhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isChinesePhoneNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be a mainland mobile (1[3-9] and 9 digits) or a landline like 028-12345678',
        ...options,
      },
      validator: { validate: (value: unknown) => isChinesePhoneNumber(value) },
    });
  };
}
