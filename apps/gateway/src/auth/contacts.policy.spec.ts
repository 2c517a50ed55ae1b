import type { Caller } from './caller';
import { mayReadContacts, withContactsFor } from './contacts.policy';
import { Role } from '@alliance/contracts';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const member = { id: ORG, name: '咿薇托育', contacts: [{ name: '王园长', phone: '13812345678' }] };

function caller(role: Role, organisationId: string | null = null): Caller {
  return { userId: 'u', username: 'u', role, organisationId };
}

describe('contacts policy', () => {
  it('lets admins, inspectors and trainers read every organisation’s contacts', () => {
    for (const role of [Role.AllianceAdmin, Role.Inspector, Role.Trainer]) {
      expect(mayReadContacts(caller(role), ORG)).toBe(true);
    }
  });

  it('lets a member_rep read its own organisation’s contacts only', () => {
    expect(mayReadContacts(caller(Role.MemberRep, ORG), ORG)).toBe(true);
    expect(mayReadContacts(caller(Role.MemberRep, OTHER), ORG)).toBe(false);
    expect(mayReadContacts(caller(Role.MemberRep, null), ORG)).toBe(false);
  });

  it('never shows contacts to a viewer', () => {
    expect(mayReadContacts(caller(Role.Viewer), ORG)).toBe(false);
  });

  it('removes the contacts key (not just empties it) when hidden, and keeps everything else', () => {
    const hidden = withContactsFor(caller(Role.MemberRep, OTHER), member);
    expect(hidden).toEqual({ id: ORG, name: '咿薇托育' });
    expect('contacts' in hidden).toBe(false);
    expect(withContactsFor(caller(Role.MemberRep, ORG), member)).toBe(member);
  });
});
