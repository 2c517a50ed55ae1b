import type { ErrorCode, RpcErrorPayload } from './error-codes';

/** A refusal the caller should see: it crosses NATS as `{ code, message, details }`. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: RpcErrorPayload['details'],
  ) {
    super(message);
  }

  toPayload(): RpcErrorPayload {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}
