import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { ErrorCode, type FieldError } from '@alliance/contracts';
import { ApiProblem } from './problem-details';

/** `contacts.0.phone`-style paths with every failed constraint's message as the reasons. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      out.push({ field, reasons: Object.values(error.constraints) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

export function validationProblem(fields: FieldError[]): ApiProblem {
  const names = fields.map((f) => f.field).join(', ');
  return new ApiProblem(ErrorCode.ValidationFailed, `The request is not valid: ${names}.`, fields);
}

/**
 * Validates bodies only: path ids have UuidParam and queries ContractQueryPipe (query strings need
 * conversion and HTTP names first, and a global pipe runs before those). A JSON array, string or
 * number is not a request body any route accepts; no body at all neither.
 */
class ContractValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body') return value;
    const isDto = typeof metadata.metatype === 'function' && metadata.metatype !== Object;
    if (
      metadata.type === 'body' &&
      isDto &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      throw validationProblem([
        {
          field: 'body',
          reasons: ['the body must be a JSON object sent with Content-Type: application/json'],
        },
      ]);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Bodies are checked against the contract DTOs: unknown fields are refused (not silently dropped, so
 * a typo never looks like success), and a body that is not an object fails too.
 */
export function createValidationPipe(): ValidationPipe {
  return new ContractValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
  });
}
