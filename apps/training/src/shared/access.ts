import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import { isMemberRep } from '@alliance/messaging';

/** Admins see everything; a representative its own organisation's private data (resident IDs, staff). */
export function seesPrivateDataOf(caller: RpcCaller | null, organisationId: string): boolean {
  if (!caller) return true; // the platform itself (seed, scheduler)
  if (caller.role === Role.AllianceAdmin) return true;
  return isMemberRep(caller) && caller.organisationId === organisationId;
}

/** A representative acts for its own organisation only; other roles are decided by the gateway. */
export function requireOwnOrganisation(caller: RpcCaller | null, organisationId: string, what: string): void {
  if (isMemberRep(caller) && caller.organisationId !== organisationId) {
    throw new DomainError(
      ErrorCode.Forbidden,
      `a member representative may only ${what} of its own organisation`,
    );
  }
}

/** The organisation a representative's lists are limited to (refusing another one), else the filter as asked. */
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
