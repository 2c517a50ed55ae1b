/**
 * Error codes that cross NATS in `{ code, message, details }` and that the gateway maps to HTTP.
 * A service never sends a stack trace; the code is the contract.
 */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  NotFound: 'NOT_FOUND',
  AlreadyExists: 'ALREADY_EXISTS',
  Conflict: 'CONFLICT',
  VersionConflict: 'VERSION_CONFLICT',
  IllegalTransition: 'ILLEGAL_TRANSITION',
  BusinessRuleViolated: 'BUSINESS_RULE_VIOLATED',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  RateLimited: 'RATE_LIMITED',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Timeout: 'TIMEOUT',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One failing field of a request: where it is and why it failed. */
export interface FieldError {
  field: string;
  reasons: string[];
}

export interface RpcErrorPayload {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldError[] } & Record<string, unknown>;
}

/** HTTP status the gateway answers for each code. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  BUSINESS_RULE_VIOLATED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 503,
  INTERNAL: 500,
};

export function isRpcErrorPayload(value: unknown): value is RpcErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Partial<RpcErrorPayload>;
  return typeof code === 'string' && Object.hasOwn(HTTP_STATUS_BY_CODE, code) && typeof message === 'string';
}
