import type { AccessRule } from './access.decorator';
import { ownOrganisation } from './access.decorator';
import { decideAccess } from './access.policy';
import type { Caller } from './caller';
import { Role, ROLES } from '@alliance/contracts';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function caller(role: Role, organisationId: string | null = null): Caller {
  return { userId: 'u', username: 'u', role, organisationId };
}

describe('decideAccess', () => {
  const adminOnly: AccessRule = { grants: [Role.AllianceAdmin] };
  const adminOrOwnRep: AccessRule = { grants: [Role.AllianceAdmin, ownOrganisation(Role.MemberRep, 'id')] };

  it('opens public routes to anyone, signed in or not', () => {
    expect(decideAccess({ public: true }, null)).toBe('allow');
    expect(decideAccess({ public: true }, caller(Role.Viewer))).toBe('allow');
  });

  it('asks for authentication before anything else on a protected route', () => {
    expect(decideAccess(adminOnly, null)).toBe('unauthenticated');
    expect(decideAccess(undefined, null)).toBe('unauthenticated');
  });

  it('denies by default: a route without a rule is forbidden to every role, admins included', () => {
    for (const role of ROLES) expect(decideAccess(undefined, caller(role))).toBe('forbidden');
    expect(decideAccess({ grants: [] }, caller(Role.AllianceAdmin))).toBe('forbidden');
  });

  it('allows exactly the listed roles', () => {
    for (const role of ROLES) {
      expect(decideAccess(adminOnly, caller(role))).toBe(role === Role.AllianceAdmin ? 'allow' : 'forbidden');
    }
  });

  it('allows a member_rep only on its own organisation', () => {
    expect(decideAccess(adminOrOwnRep, caller(Role.MemberRep, ORG), { id: ORG })).toBe('allow');
    expect(decideAccess(adminOrOwnRep, caller(Role.MemberRep, ORG), { id: OTHER })).toBe('forbidden');
    expect(decideAccess(adminOrOwnRep, caller(Role.MemberRep, ORG), {})).toBe('forbidden');
  });

  it('gives an unbound member_rep no organisation at all', () => {
    expect(decideAccess(adminOrOwnRep, caller(Role.MemberRep, null), { id: ORG })).toBe('forbidden');
  });

  it('does not extend an own-organisation grant to other roles', () => {
    expect(decideAccess(adminOrOwnRep, caller(Role.Viewer, null), { id: ORG })).toBe('forbidden');
    expect(decideAccess(adminOrOwnRep, caller(Role.Inspector, null), { id: ORG })).toBe('forbidden');
    expect(decideAccess(adminOrOwnRep, caller(Role.AllianceAdmin), { id: OTHER })).toBe('allow');
  });
});
