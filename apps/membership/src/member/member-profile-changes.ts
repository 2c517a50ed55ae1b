import { isDeepStrictEqual } from 'node:util';
import type { MemberContact } from '@alliance/contracts/membership';

/** A contact as a caller sends it or as an older record may hold it (email absent rather than null). */
export interface ContactInput {
  name: string;
  role: string;
  phone: string;
  email?: string | null;
}

/** The one stored shape of a contact: trimmed texts, email always present (null when there is none). */
export function normaliseContacts(contacts: ReadonlyArray<ContactInput>): MemberContact[] {
  return contacts.map((c) => ({
    name: c.name.trim(),
    role: c.role.trim(),
    phone: c.phone,
    email: c.email ?? null,
  }));
}

/**
 * Whether a proposed profile value differs from the stored one. Compared structurally, not as JSON text:
 * PostgreSQL's jsonb hands the contacts back with their keys in its own order, and a contact stored
 * without an email is the same as one whose email is null.
 */
export function profileValueChanged(field: string, proposed: unknown, stored: unknown): boolean {
  if (field === 'contacts' && Array.isArray(proposed) && Array.isArray(stored)) {
    return !isDeepStrictEqual(
      normaliseContacts(proposed as ContactInput[]),
      normaliseContacts(stored as ContactInput[]),
    );
  }
  return !isDeepStrictEqual(proposed, stored);
}
