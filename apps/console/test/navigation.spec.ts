import { ACTIONS, AREAS, can, canOpen, menuFor, ROLES, type Role } from '../src/nav/navigation';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const document = require('../src/api/openapi.json') as any;
type Grant = string | { role: string; ownOrganisationParam: string };

/** The gateway's rule for `METHOD /path`, as its OpenAPI document states it (`x-access`). */
function grants(operation: string): { roles: string[]; own: string[] } {
  const [method, path] = operation.split(' ');
  const op = document.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`the gateway has no ${operation}`);
  const list: Grant[] = op['x-access']?.grants ?? [];
  return {
    roles: list.filter((g): g is string => typeof g === 'string').sort(),
    own: list
      .filter((g): g is Exclude<Grant, string> => typeof g !== 'string')
      .map((g) => g.role)
      .sort(),
  };
}

describe('role-based navigation follows the gateway’s role × route rules', () => {
  it('opens each area to exactly the roles its gateway operation allows', () => {
    for (const area of AREAS) {
      expect({ area: area.key, roles: [...area.roles].sort() }).toEqual({
        area: area.key,
        roles: grants(area.operation).roles,
      });
    }
  });

  it('offers each action in pages to the roles (and own-organisation roles) the gateway grants', () => {
    for (const [action, rule] of Object.entries(ACTIONS)) {
      expect({ action, roles: [...rule.roles].sort(), own: [...rule.own].sort() }).toEqual({
        action,
        ...grants(rule.operation),
      });
    }
  });

  it('gives each role its menu', () => {
    const menu = (role?: Role) => menuFor(role).map((a) => a.key);
    expect(menu('alliance_admin')).toEqual([
      'overview',
      'members',
      'apply',
      'workingGroups',
      'dashboard',
      'tasks',
      'notices',
      'meetings',
      'actionItems',
      'practices',
      'courses',
      'sessions',
      'staff',
      'certificates',
      'trainingReports',
      'requirements',
      'resources',
      'bookings',
      'placeRequests',
      'audits',
      'actions',
      'standards',
      'accounts',
      'pipeline',
    ]);
    expect(menu('member_rep')).toEqual([
      'overview',
      'members',
      'apply',
      'workingGroups',
      'tasks',
      'notices',
      'meetings',
      'actionItems',
      'practices',
      'courses',
      'sessions',
      'staff',
      'certificates',
      'trainingReports',
      'requirements',
      'resources',
      'bookings',
      'placeRequests',
      'audits',
      'actions',
      'standards',
    ]);
    expect(menu('trainer')).toEqual([
      'overview',
      'members',
      'workingGroups',
      'tasks',
      'notices',
      'meetings',
      'actionItems',
      'practices',
      'courses',
      'sessions',
      'staff',
      'certificates',
      'requirements',
      'resources',
      'bookings',
      'placeRequests',
      'actions',
      'standards',
    ]);
    expect(menu('inspector')).toEqual([
      'overview',
      'members',
      'workingGroups',
      'tasks',
      'notices',
      'meetings',
      'actionItems',
      'practices',
      'courses',
      'sessions',
      'staff',
      'certificates',
      'trainingReports',
      'resources',
      'bookings',
      'placeRequests',
      'audits',
      'actions',
      'standards',
    ]);
    expect(menu('viewer')).toEqual([
      'overview',
      'members',
      'workingGroups',
      'dashboard',
      'tasks',
      'notices',
      'meetings',
      'actionItems',
      'practices',
      'courses',
      'sessions',
      'resources',
      'bookings',
      'placeRequests',
      'standards',
    ]);
    // Pages reached from a list are never in the menu.
    expect(AREAS.filter((a) => !a.menu).map((a) => a.key)).toEqual([
      'member',
      'session',
      'audit',
      'standard',
      'notice',
      'meeting',
      'meetingSignIn',
      'actionItem',
      'practice',
      'booking',
      'correctiveAction',
    ]);
    expect(menu(undefined)).toEqual([]);
    expect(ROLES.filter((role) => canOpen(role, 'accounts'))).toEqual(['alliance_admin']);
    expect(canOpen('viewer', 'member')).toBe(true);
    expect(canOpen(undefined, 'members')).toBe(false);
  });

  it('lets a representative act on its own organisation only', () => {
    const rep = { role: 'member_rep' as const, organisationId: 'org-1' };
    expect(can(rep, 'member.withdraw', 'org-1')).toBe(true);
    expect(can(rep, 'member.withdraw', 'org-2')).toBe(false);
    expect(can({ ...rep, organisationId: null }, 'member.update', 'org-1')).toBe(false);
    expect(can(rep, 'member.suspend', 'org-1')).toBe(false);
    expect(can({ role: 'alliance_admin', organisationId: null }, 'member.suspend', 'org-1')).toBe(true);
    expect(can({ role: 'viewer', organisationId: null }, 'account.create')).toBe(false);
    expect(can(null, 'member.admit')).toBe(false);
  });
});
