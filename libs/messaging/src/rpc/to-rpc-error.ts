import { RpcException } from '@nestjs/microservices';
import { QueryFailedError } from 'typeorm';
import { ErrorCode, isRpcErrorPayload, type RpcErrorPayload } from '@alliance/contracts';
import { PgErrorCode, pgDriverError } from '@alliance/persistence';
import { DomainError } from './domain-error';

/**
 * Turns anything a handler threw into the payload that crosses NATS. Database constraint
 * violations become the refusals they are; only the unexpected becomes INTERNAL (no stack sent).
 */
export function toRpcError(error: unknown): { payload: RpcErrorPayload; unexpected: boolean } {
  if (error instanceof DomainError) return { payload: error.toPayload(), unexpected: false };
  if (error instanceof RpcException) {
    const inner = error.getError();
    if (isRpcErrorPayload(inner)) return { payload: inner, unexpected: false };
  }
  if (isRpcErrorPayload(error)) return { payload: error, unexpected: false };
  if (error instanceof QueryFailedError) {
    const driverError = pgDriverError(error);
    const details = driverError?.constraint ? { constraint: driverError.constraint } : undefined;
    switch (driverError?.code) {
      case PgErrorCode.UniqueViolation:
        return {
          payload: {
            code: ErrorCode.AlreadyExists,
            message: 'a record with the same unique value already exists',
            details,
          },
          unexpected: false,
        };
      case PgErrorCode.ForeignKeyViolation:
        return {
          payload: {
            code: ErrorCode.Conflict,
            message: 'the change refers to a record that does not exist or is still referenced',
            details,
          },
          unexpected: false,
        };
      case PgErrorCode.CheckViolation:
      case PgErrorCode.ExclusionViolation:
        return {
          payload: {
            code: ErrorCode.BusinessRuleViolated,
            message: 'the change breaks a rule of the data',
            details,
          },
          unexpected: false,
        };
      case PgErrorCode.SerializationFailure:
      case PgErrorCode.DeadlockDetected:
        return {
          payload: { code: ErrorCode.Conflict, message: 'a concurrent change interfered; try again' },
          unexpected: false,
        };
    }
  }
  return {
    payload: { code: ErrorCode.Internal, message: 'the service failed to handle the request' },
    unexpected: true,
  };
}
