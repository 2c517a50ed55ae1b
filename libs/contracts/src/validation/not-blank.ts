import { Matches, type ValidationOptions } from 'class-validator';

/** A text that holds more than whitespace: `@IsString()` alone lets "   " through as a name or reason. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank', ...options });
}
