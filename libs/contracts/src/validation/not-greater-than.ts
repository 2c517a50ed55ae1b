import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * The value must not exceed the number in `otherProperty` of the same object (affordable places ≤ licensed
 * places). Passes when either side is absent, because partial updates are checked again against the
 * stored values by the service and by the database.
 */
export function IsNotGreaterThan(otherProperty: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isNotGreaterThan',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [otherProperty],
      options: { message: `$property must not be greater than ${otherProperty}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = (args.object as Record<string, unknown>)[otherProperty];
          if (typeof value !== 'number' || typeof other !== 'number') return true;
          return value <= other;
        },
      },
    });
  };
}
