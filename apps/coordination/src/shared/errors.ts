import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';

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

export function forbidden(message: string): DomainError {
  return new DomainError(ErrorCode.Forbidden, message);
}

export const isAdmin = (caller: RpcCaller | null): boolean => !caller || caller.role === Role.AllianceAdmin;
export const actorId = (caller: RpcCaller | null): string => caller?.userId ?? 'system';

/** The organisation a representative acts for; refused when the account is bound to none. */
export function ownOrganisation(caller: RpcCaller | null): string {
  if (caller?.role !== Role.MemberRep || !caller.organisationId) {
    throw forbidden('only a member representative bound to an organisation answers for it');
  }
  return caller.organisationId;
}

/**
 * A well-formed request the alliance's present state refuses, naming the field (the gateway answers 422): an
 * audience that addresses no admitted member, a member that is not admitted.
 */
export function ruleError(field: string, reason: string): DomainError {
  return new DomainError(ErrorCode.BusinessRuleViolated, `${field}: ${reason}`, {
    fields: [{ field, reasons: [reason] }],
  });
}
