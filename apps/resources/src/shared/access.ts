import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import { isMemberRep } from '@alliance/messaging';

export function isAdmin(caller: RpcCaller | null): boolean {
  return !caller || caller.role === Role.AllianceAdmin; // no caller: the platform itself (seed, scheduler)
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

/** Representatives act for their organisation; admins for any; other roles only where a rule says so. */
export function requireActsFor(caller: RpcCaller | null, organisationId: string, what: string): void {
  if (isAdmin(caller)) return;
  if (isMemberRep(caller) && caller.organisationId === organisationId) return;
  throw new DomainError(
    ErrorCode.Forbidden,
    `only the organisation's representative or an admin may ${what}`,
  );
}

/** The organisation a representative's lists are limited to, else none (other roles read everything). */
export function ownOrganisationOf(caller: RpcCaller | null): string | null {
  if (!isMemberRep(caller)) return null;
  if (!caller.organisationId) {
    throw new DomainError(
      ErrorCode.Forbidden,
      'this member representative account is not bound to an organisation',
    );
  }
  return caller.organisationId;
}

/** Decisions on a resource's bookings and requests: its owner's representative or an admin. */
export function requireOwnerSide(caller: RpcCaller | null, ownerOrganisationId: string, what: string): void {
  if (isAdmin(caller)) return;
  if (isMemberRep(caller) && caller.organisationId === ownerOrganisationId) return;
  throw new DomainError(
    ErrorCode.Forbidden,
    `only the resource owner's representative or an admin may ${what}`,
  );
}

/** Either side cancels: an admin, a representative of the booking or the owning organisation, the trainer who booked. */
export function requireCancelSide(
  caller: RpcCaller | null,
  sides: { organisationId: string; ownerOrganisationId: string; requestedBy?: string | null },
  what: string,
): void {
  const may =
    isAdmin(caller) ||
    (isMemberRep(caller) &&
      [sides.organisationId, sides.ownerOrganisationId].includes(caller.organisationId ?? '')) ||
    (caller?.role === Role.Trainer && !!sides.requestedBy && sides.requestedBy === caller.userId);
  if (!may) {
    throw new DomainError(
      ErrorCode.Forbidden,
      `only the requesting organisation, the owner or an admin may ${what}`,
    );
  }
}

/**
 * The requesting-organisation filter of a list: a representative reads its own organisation's items (the
 * default) or, with `ownerOrganisationId` = its own, those for its resources; other roles read as asked.
 */
export function listScope(
  caller: RpcCaller | null,
  organisationId: string | undefined,
  ownerOrganisationId: string | undefined,
  what: string,
): string | undefined {
  const own = ownOrganisationOf(caller);
  if (!own) return organisationId;
  const scoped = organisationId ?? (ownerOrganisationId ? undefined : own);
  if (scoped !== own && ownerOrganisationId !== own) {
    throw new DomainError(
      ErrorCode.Forbidden,
      `a member representative reads its own organisation's ${what} and those of its resources`,
    );
  }
  return scoped;
}
