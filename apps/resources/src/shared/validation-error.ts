import { DomainError, ErrorCode } from '@alliance/contracts';

/** A refusal of one field, shaped like the validation pipe's (the gateway answers 400 naming it). */
export function fieldError(field: string, reason: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, `${field}: ${reason}`, {
    fields: [{ field, reasons: [reason] }],
  });
}
