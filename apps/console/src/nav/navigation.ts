/**
 * The console's areas and who may open them: the same role × route rules as the gateway. Each area names
 * the gateway operation it is built on, and a unit test checks its roles against that operation's
 * `x-access` grants in the OpenAPI document, so navigation and gateway cannot drift apart.
 */
export const ROLES = ['alliance_admin', 'trainer', 'inspector', 'member_rep', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Area {
  key: string;
  path: string;
  /** i18n key of its menu label. */
  label: string;
  /** The gateway operation the area opens with, `METHOD /api/v1/...`. */
  operation: string;
  roles: readonly Role[];
  /** Shown in the menu (false: reached from another page, e.g. a form). */
  menu: boolean;
}

const EVERYONE = ROLES;

export const AREAS: readonly Area[] = [
  {
    key: 'overview',
    path: '/',
    label: 'nav.overview',
    operation: 'GET /api/v1/members/figures/districts',
    roles: EVERYONE,
    menu: true,
  },
  {
    key: 'members',
    path: '/members',
    label: 'nav.members',
    operation: 'GET /api/v1/members',
    roles: EVERYONE,
    menu: true,
  },
  {
    key: 'apply',
    path: '/members/apply',
    label: 'nav.apply',
    operation: 'POST /api/v1/members',
    roles: ['alliance_admin', 'member_rep'],
    menu: true,
  },
  {
    key: 'member',
    path: '/members/:id',
    label: 'nav.member',
    operation: 'GET /api/v1/members/{id}',
    roles: EVERYONE,
    menu: false,
  },
  {
    key: 'workingGroups',
    path: '/working-groups',
    label: 'nav.workingGroups',
    operation: 'GET /api/v1/working-groups',
    roles: EVERYONE,
    menu: true,
  },
  {
    key: 'accounts',
    path: '/accounts',
    label: 'nav.accounts',
    operation: 'GET /api/v1/accounts',
    roles: ['alliance_admin'],
    menu: true,
  },
];

export function canOpen(role: Role | undefined, areaKey: string): boolean {
  const area = AREAS.find((a) => a.key === areaKey);
  return !!role && !!area && area.roles.includes(role);
}

/** The menu a role sees, in order. */
export function menuFor(role: Role | undefined): Area[] {
  return role ? AREAS.filter((area) => area.menu && area.roles.includes(role)) : [];
}

/**
 * Actions inside pages follow the same rule: what the role's gateway grants allow. `own` grants
 * (a representative's own organisation) need the organisation to match.
 */
export const ACTIONS = {
  'member.update': {
    operation: 'PATCH /api/v1/members/{id}',
    roles: ['alliance_admin'],
    own: ['member_rep'],
  },
  'member.admit': { operation: 'POST /api/v1/members/{id}/admit', roles: ['alliance_admin'], own: [] },
  'member.reject': { operation: 'POST /api/v1/members/{id}/reject', roles: ['alliance_admin'], own: [] },
  'member.suspend': { operation: 'POST /api/v1/members/{id}/suspend', roles: ['alliance_admin'], own: [] },
  'member.reinstate': {
    operation: 'POST /api/v1/members/{id}/reinstate',
    roles: ['alliance_admin'],
    own: [],
  },
  'member.withdraw': {
    operation: 'POST /api/v1/members/{id}/withdraw',
    roles: ['alliance_admin'],
    own: ['member_rep'],
  },
  'member.expel': { operation: 'POST /api/v1/members/{id}/expel', roles: ['alliance_admin'], own: [] },
  'workingGroup.form': { operation: 'POST /api/v1/working-groups', roles: ['alliance_admin'], own: [] },
  'workingGroup.addMember': {
    operation: 'POST /api/v1/working-groups/{id}/members',
    roles: ['alliance_admin'],
    own: [],
  },
  'workingGroup.removeMember': {
    operation: 'DELETE /api/v1/working-groups/{id}/members/{memberId}',
    roles: ['alliance_admin'],
    own: [],
  },
  'workingGroup.chair': {
    operation: 'POST /api/v1/working-groups/{id}/chair',
    roles: ['alliance_admin'],
    own: [],
  },
  'workingGroup.dissolve': {
    operation: 'POST /api/v1/working-groups/{id}/dissolve',
    roles: ['alliance_admin'],
    own: [],
  },
  'account.create': { operation: 'POST /api/v1/accounts', roles: ['alliance_admin'], own: [] },
  'account.update': { operation: 'PATCH /api/v1/accounts/{id}', roles: ['alliance_admin'], own: [] },
} as const satisfies Record<string, { operation: string; roles: readonly Role[]; own: readonly Role[] }>;
export type Action = keyof typeof ACTIONS;

export function can(
  caller: { role: Role; organisationId: string | null } | null | undefined,
  action: Action,
  organisationId?: string,
): boolean {
  if (!caller) return false;
  const rule = ACTIONS[action];
  if ((rule.roles as readonly Role[]).includes(caller.role)) return true;
  return (
    (rule.own as readonly Role[]).includes(caller.role) &&
    !!caller.organisationId &&
    caller.organisationId === organisationId
  );
}
