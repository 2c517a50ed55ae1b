import { DomainError, ErrorCode } from '@alliance/contracts';
import type { BookingRefusal } from '@alliance/contracts/resources';

/**
 * A booking rule's refusal: BUSINESS_RULE_VIOLATED (422) with `details.reason`, and the field it concerns
 * with `<reason>: <message>` as its reason, so problem+json names both the field and the rule.
 */
export class BookingRefused extends DomainError {
  constructor(
    readonly reason: BookingRefusal,
    readonly field: string,
    message: string,
    extra: Record<string, unknown> = {},
    code: ErrorCode = ErrorCode.BusinessRuleViolated,
  ) {
    super(code, message, { reason, ...extra, fields: [{ field, reasons: [`${reason}: ${message}`] }] });
  }
}
