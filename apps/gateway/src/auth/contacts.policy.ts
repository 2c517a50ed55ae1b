import type { Caller } from './caller';
import { Role } from '@alliance/contracts';

/**
 * Contacts of a member organisation are personal data. Admins manage members; inspectors and trainers
 * work with organisations directly (audits, enrolment), so they need to reach them. A representative
 * sees only its own organisation's contacts; a viewer (dashboards, reporting) sees none.
 */
export function mayReadContacts(caller: Caller, organisationId: string): boolean {
  switch (caller.role) {
    case Role.AllianceAdmin:
    case Role.Inspector:
    case Role.Trainer:
      return true;
    case Role.MemberRep:
      return caller.organisationId !== null && caller.organisationId === organisationId;
    default:
      return false;
  }
}

/** A copy of the organisation without `contacts` when the caller may not read them. */
export function withContactsFor<T extends { id: string; contacts?: unknown }>(caller: Caller, member: T): T {
  if (mayReadContacts(caller, member.id) || !('contacts' in member)) return member;
  const { contacts: _hidden, ...rest } = member;
  return rest as T;
}
