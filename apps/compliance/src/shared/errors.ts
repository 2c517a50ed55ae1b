import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import { isMemberRep } from '@alliance/messaging';

/** A refusal of one field, shaped like the validation pipe's (the gateway answers 400 naming it). */
export function fieldError(field: string, reason: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, `${field}: ${reason}`, {
    fields: [{ field, reasons: [reason] }],
  });
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError(ErrorCode.NotFound, `${what} ${id} not found`);
}

export function illegal(message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.IllegalTransition, message, details);
}

/** A representative reads and answers for its own organisation only. */
export function requireOwnOrganisation(caller: RpcCaller | null, organisationId: string): void {
  if (isMemberRep(caller) && caller.organisationId !== organisationId) {
    throw new DomainError(
      ErrorCode.Forbidden,
      "a member representative may only see its own organisation's audits",
    );
  }
}

/** The organisation a representative's lists are limited to, else the filter as asked. */
export function organisationScope(
  caller: RpcCaller | null,
  requested: string | undefined,
): string | undefined {
  if (!isMemberRep(caller)) return requested;
  if (!caller.organisationId) {
    throw new DomainError(
      ErrorCode.Forbidden,
      'this member representative account is not bound to an organisation',
    );
  }
  if (requested && requested !== caller.organisationId) {
    throw new DomainError(
      ErrorCode.Forbidden,
      "a member representative may only read its own organisation's records",
    );
  }
  return caller.organisationId;
}

export const isAdmin = (caller: RpcCaller | null): boolean => !caller || caller.role === Role.AllianceAdmin;
export const actorId = (caller: RpcCaller | null): string => caller?.userId ?? 'system';
