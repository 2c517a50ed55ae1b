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
  /** The menu's section (i18n key `nav.group.<group>`). */
  group: MenuGroup;
}

export const MENU_GROUPS = [
  'alliance',
  'coordination',
  'training',
  'resources',
  'compliance',
  'operations',
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];
const STAFF_READERS: readonly Role[] = ['alliance_admin', 'trainer', 'inspector', 'member_rep'];
const AUDIT_READERS: readonly Role[] = ['alliance_admin', 'inspector', 'member_rep'];

const EVERYONE = ROLES;

export const AREAS: readonly Area[] = [
  {
    key: 'overview',
    path: '/',
    label: 'nav.overview',
    operation: 'GET /api/v1/members/figures/districts',
    roles: EVERYONE,
    menu: true,
    group: 'alliance',
  },
  {
    key: 'members',
    path: '/members',
    label: 'nav.members',
    operation: 'GET /api/v1/members',
    roles: EVERYONE,
    menu: true,
    group: 'alliance',
  },
  {
    key: 'apply',
    path: '/members/apply',
    label: 'nav.apply',
    operation: 'POST /api/v1/members',
    roles: ['alliance_admin', 'member_rep'],
    menu: true,
    group: 'alliance',
  },
  {
    key: 'member',
    path: '/members/:id',
    label: 'nav.member',
    operation: 'GET /api/v1/members/{id}',
    roles: EVERYONE,
    menu: false,
    group: 'alliance',
  },
  {
    key: 'workingGroups',
    path: '/working-groups',
    label: 'nav.workingGroups',
    operation: 'GET /api/v1/working-groups',
    roles: EVERYONE,
    menu: true,
    group: 'alliance',
  },
  {
    key: 'accounts',
    path: '/accounts',
    label: 'nav.accounts',
    operation: 'GET /api/v1/accounts',
    roles: ['alliance_admin'],
    menu: true,
    group: 'operations',
  },
  {
    key: 'dashboard',
    path: '/dashboard',
    label: 'nav.dashboard',
    operation: 'GET /api/v1/dashboard',
    roles: ['alliance_admin', 'viewer'],
    menu: true,
    group: 'alliance',
  },
  {
    key: 'courses',
    path: '/courses',
    label: 'nav.courses',
    operation: 'GET /api/v1/courses',
    roles: EVERYONE,
    menu: true,
    group: 'training',
  },
  {
    key: 'sessions',
    path: '/sessions',
    label: 'nav.sessions',
    operation: 'GET /api/v1/sessions',
    roles: EVERYONE,
    menu: true,
    group: 'training',
  },
  {
    key: 'session',
    path: '/sessions/:id',
    label: 'nav.session',
    operation: 'GET /api/v1/sessions/{id}',
    roles: EVERYONE,
    menu: false,
    group: 'training',
  },
  {
    key: 'staff',
    path: '/staff',
    label: 'nav.staff',
    operation: 'GET /api/v1/staff',
    roles: STAFF_READERS,
    menu: true,
    group: 'training',
  },
  {
    key: 'certificates',
    path: '/certificates',
    label: 'nav.certificates',
    operation: 'GET /api/v1/certificates',
    roles: STAFF_READERS,
    menu: true,
    group: 'training',
  },
  {
    key: 'trainingReports',
    path: '/training/reports',
    label: 'nav.trainingReports',
    operation: 'GET /api/v1/training/hours',
    roles: ['alliance_admin', 'inspector', 'member_rep'],
    menu: true,
    group: 'training',
  },
  {
    key: 'requirements',
    path: '/training/requirements',
    label: 'nav.requirements',
    operation: 'GET /api/v1/training/requirements',
    roles: ['alliance_admin', 'trainer', 'member_rep'],
    menu: true,
    group: 'training',
  },
  {
    key: 'resources',
    path: '/resources',
    label: 'nav.resources',
    operation: 'GET /api/v1/resources',
    roles: EVERYONE,
    menu: true,
    group: 'resources',
  },
  {
    key: 'bookings',
    path: '/bookings',
    label: 'nav.bookings',
    operation: 'GET /api/v1/bookings',
    roles: EVERYONE,
    menu: true,
    group: 'resources',
  },
  {
    key: 'placeRequests',
    path: '/place-requests',
    label: 'nav.placeRequests',
    operation: 'GET /api/v1/place-requests',
    roles: EVERYONE,
    menu: true,
    group: 'resources',
  },
  {
    key: 'audits',
    path: '/audits',
    label: 'nav.audits',
    operation: 'GET /api/v1/audits',
    roles: AUDIT_READERS,
    menu: true,
    group: 'compliance',
  },
  {
    key: 'audit',
    path: '/audits/:id',
    label: 'nav.audit',
    operation: 'GET /api/v1/audits/{id}',
    roles: AUDIT_READERS,
    menu: false,
    group: 'compliance',
  },
  {
    key: 'actions',
    path: '/corrective-actions',
    label: 'nav.actions',
    operation: 'GET /api/v1/findings',
    roles: ['alliance_admin', 'trainer', 'inspector', 'member_rep'],
    menu: true,
    group: 'compliance',
  },
  {
    key: 'standards',
    path: '/standards',
    label: 'nav.standards',
    operation: 'GET /api/v1/standards',
    roles: EVERYONE,
    menu: true,
    group: 'compliance',
  },
  {
    key: 'standard',
    path: '/standards/:id',
    label: 'nav.standard',
    operation: 'GET /api/v1/standards/{id}',
    roles: EVERYONE,
    menu: false,
    group: 'compliance',
  },
  {
    key: 'pipeline',
    path: '/pipeline',
    label: 'nav.pipeline',
    operation: 'GET /api/v1/pipeline',
    roles: ['alliance_admin'],
    menu: true,
    group: 'operations',
  },
  {
    key: 'tasks',
    path: '/tasks',
    label: 'nav.tasks',
    operation: 'GET /api/v1/me/tasks',
    roles: EVERYONE,
    menu: true,
    group: 'coordination',
  },
  {
    key: 'notices',
    path: '/notices',
    label: 'nav.notices',
    operation: 'GET /api/v1/notices',
    roles: EVERYONE,
    menu: true,
    group: 'coordination',
  },
  {
    key: 'notice',
    path: '/notices/:id',
    label: 'nav.notice',
    operation: 'GET /api/v1/notices/{id}',
    roles: EVERYONE,
    menu: false,
    group: 'coordination',
  },
  {
    key: 'meetings',
    path: '/meetings',
    label: 'nav.meetings',
    operation: 'GET /api/v1/meetings',
    roles: EVERYONE,
    menu: true,
    group: 'coordination',
  },
  {
    key: 'meeting',
    path: '/meetings/:id',
    label: 'nav.meeting',
    operation: 'GET /api/v1/meetings/{id}',
    roles: EVERYONE,
    menu: false,
    group: 'coordination',
  },
  {
    key: 'meetingSignIn',
    path: '/meetings/:id/sign-in',
    label: 'nav.meetingSignIn',
    operation: 'POST /api/v1/meetings/{id}/sign-in',
    roles: EVERYONE,
    menu: false,
    group: 'coordination',
  },
  {
    key: 'actionItems',
    path: '/action-items',
    label: 'nav.actionItems',
    operation: 'GET /api/v1/action-items',
    roles: EVERYONE,
    menu: true,
    group: 'coordination',
  },
  {
    key: 'actionItem',
    path: '/action-items/:id',
    label: 'nav.actionItem',
    operation: 'GET /api/v1/action-items',
    roles: EVERYONE,
    menu: false,
    group: 'coordination',
  },
  {
    key: 'practices',
    path: '/practices',
    label: 'nav.practices',
    operation: 'GET /api/v1/practices',
    roles: EVERYONE,
    menu: true,
    group: 'coordination',
  },
  {
    key: 'practice',
    path: '/practices/:id',
    label: 'nav.practice',
    operation: 'GET /api/v1/practices/{id}',
    roles: EVERYONE,
    menu: false,
    group: 'coordination',
  },
  // The to-do list links to one booking or corrective action: their lists, where they are acted on.
  {
    key: 'booking',
    path: '/bookings/:id',
    label: 'nav.booking',
    operation: 'GET /api/v1/bookings/{id}',
    roles: EVERYONE,
    menu: false,
    group: 'resources',
  },
  {
    key: 'correctiveAction',
    path: '/corrective-actions/:id',
    label: 'nav.correctiveAction',
    operation: 'GET /api/v1/findings',
    roles: ['alliance_admin', 'trainer', 'inspector', 'member_rep'],
    menu: false,
    group: 'compliance',
  },
];

export function canOpen(role: Role | undefined, areaKey: string): boolean {
  const area = AREAS.find((a) => a.key === areaKey);
  return !!role && !!area && area.roles.includes(role);
}

/** The menu a role sees, in order: section by section. */
export function menuFor(role: Role | undefined): Area[] {
  if (!role) return [];
  const open = AREAS.filter((area) => area.menu && area.roles.includes(role));
  return MENU_GROUPS.flatMap((group) => open.filter((area) => area.group === group));
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
  'member.affordableDecision': {
    operation: 'POST /api/v1/members/{id}/affordable-designation/decision',
    roles: ['alliance_admin'],
    own: [],
  },
  'compliance.organisation': {
    operation: 'GET /api/v1/compliance/organisations/{id}',
    roles: ['alliance_admin', 'inspector', 'trainer', 'viewer'],
    own: ['member_rep'],
  },
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
  'course.create': { operation: 'POST /api/v1/courses', roles: ['alliance_admin', 'trainer'], own: [] },
  'course.publish': {
    operation: 'POST /api/v1/courses/{id}/publish',
    roles: ['alliance_admin', 'trainer'],
    own: [],
  },
  'course.retire': {
    operation: 'POST /api/v1/courses/{id}/retire',
    roles: ['alliance_admin', 'trainer'],
    own: [],
  },
  'session.schedule': { operation: 'POST /api/v1/sessions', roles: ['alliance_admin', 'trainer'], own: [] },
  'session.enrolments': {
    operation: 'GET /api/v1/sessions/{id}/enrolments',
    roles: ['alliance_admin', 'trainer', 'inspector', 'member_rep'],
    own: [],
  },
  'session.cancel': {
    operation: 'POST /api/v1/sessions/{id}/cancel',
    roles: ['alliance_admin', 'trainer'],
    own: [],
  },
  'session.attendance': {
    operation: 'POST /api/v1/sessions/{id}/attendance',
    roles: ['alliance_admin', 'trainer'],
    own: [],
  },
  'session.complete': {
    operation: 'POST /api/v1/sessions/{id}/complete',
    roles: ['alliance_admin', 'trainer'],
    own: [],
  },
  'session.reschedule': {
    operation: 'POST /api/v1/sessions/{id}/reschedule',
    roles: ['alliance_admin', 'trainer'],
    own: [],
  },
  'enrolment.create': {
    operation: 'POST /api/v1/enrolments',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'enrolment.cancel': {
    operation: 'POST /api/v1/enrolments/{id}/cancel',
    roles: ['alliance_admin', 'trainer', 'member_rep'],
    own: [],
  },
  'certificate.revoke': {
    operation: 'POST /api/v1/certificates/{id}/revoke',
    roles: ['alliance_admin', 'trainer'],
    own: [],
  },
  'staff.register': { operation: 'POST /api/v1/staff', roles: ['alliance_admin', 'member_rep'], own: [] },
  'staff.leave': {
    operation: 'POST /api/v1/staff/{id}/leave',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'booking.request': {
    operation: 'POST /api/v1/bookings',
    roles: ['alliance_admin', 'member_rep', 'trainer'],
    own: [],
  },
  'booking.approve': {
    operation: 'POST /api/v1/bookings/{id}/approve',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'booking.reject': {
    operation: 'POST /api/v1/bookings/{id}/reject',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'booking.cancel': {
    operation: 'POST /api/v1/bookings/{id}/cancel',
    roles: ['alliance_admin', 'member_rep', 'trainer'],
    own: [],
  },
  'booking.complete': {
    operation: 'POST /api/v1/bookings/{id}/complete',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'booking.noShow': {
    operation: 'POST /api/v1/bookings/{id}/no-show',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'bookingSeries.cancel': {
    operation: 'POST /api/v1/booking-series/{id}/cancel',
    roles: ['alliance_admin', 'member_rep', 'trainer'],
    own: [],
  },
  'resource.offer': { operation: 'POST /api/v1/resources', roles: ['alliance_admin', 'member_rep'], own: [] },
  'resource.withdraw': {
    operation: 'POST /api/v1/resources/{id}/withdraw',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'placeRequest.request': {
    operation: 'POST /api/v1/place-requests',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'placeRequest.approve': {
    operation: 'POST /api/v1/place-requests/{id}/approve',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'placeRequest.reject': {
    operation: 'POST /api/v1/place-requests/{id}/reject',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'placeRequest.cancel': {
    operation: 'POST /api/v1/place-requests/{id}/cancel',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'audit.plan': { operation: 'POST /api/v1/audits', roles: ['alliance_admin', 'inspector'], own: [] },
  'audit.assign': { operation: 'POST /api/v1/audits/{id}/assign', roles: ['alliance_admin'], own: [] },
  'audit.amend': {
    operation: 'POST /api/v1/audits/{id}/amend',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'audit.close': {
    operation: 'POST /api/v1/audits/{id}/close',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'audit.followUp': {
    operation: 'POST /api/v1/audits/{id}/follow-up',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'audit.cancel': {
    operation: 'POST /api/v1/audits/{id}/cancel',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'audit.start': {
    operation: 'POST /api/v1/audits/{id}/start',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'audit.answer': {
    operation: 'PUT /api/v1/audits/{id}/answers/{criterionId}',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'audit.evidence': {
    operation: 'POST /api/v1/audits/{id}/evidence',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'audit.submit': {
    operation: 'POST /api/v1/audits/{id}/submit',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'standard.create': { operation: 'POST /api/v1/standards', roles: ['alliance_admin'], own: [] },
  'standard.update': { operation: 'PUT /api/v1/standards/{id}', roles: ['alliance_admin'], own: [] },
  'standard.publish': { operation: 'POST /api/v1/standards/{id}/publish', roles: ['alliance_admin'], own: [] },
  'standard.retire': { operation: 'POST /api/v1/standards/{id}/retire', roles: ['alliance_admin'], own: [] },
  'standard.nextEdition': {
    operation: 'POST /api/v1/standards/{id}/next-edition',
    roles: ['alliance_admin'],
    own: [],
  },
  'action.respond': {
    operation: 'POST /api/v1/corrective-actions/{id}/respond',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'action.evidence': {
    operation: 'POST /api/v1/corrective-actions/{id}/evidence',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'action.close': {
    operation: 'POST /api/v1/corrective-actions/{id}/close',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'action.reopen': {
    operation: 'POST /api/v1/corrective-actions/{id}/reopen',
    roles: ['alliance_admin', 'inspector'],
    own: [],
  },
  'dashboard.export': {
    operation: 'GET /api/v1/dashboard/export/{table}',
    roles: ['alliance_admin', 'viewer'],
    own: [],
  },
  'dashboard.population': {
    operation: 'PUT /api/v1/dashboard/districts/{code}/population',
    roles: ['alliance_admin'],
    own: [],
  },
  'dashboard.rebuild': { operation: 'POST /api/v1/dashboard/rebuild', roles: ['alliance_admin'], own: [] },
  'pipeline.replay': {
    operation: 'POST /api/v1/pipeline/{service}/dead-letters/{id}/replay',
    roles: ['alliance_admin'],
    own: [],
  },
  'pipeline.discard': {
    operation: 'POST /api/v1/pipeline/{service}/dead-letters/{id}/discard',
    roles: ['alliance_admin'],
    own: [],
  },
  'notice.create': { operation: 'POST /api/v1/notices', roles: ['alliance_admin', 'member_rep'], own: [] },
  'notice.acknowledge': {
    operation: 'POST /api/v1/notices/{id}/acknowledge',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'notice.acknowledgements': {
    operation: 'GET /api/v1/notices/{id}/acknowledgements',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'meeting.schedule': {
    operation: 'POST /api/v1/meetings',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'meeting.cancel': {
    operation: 'POST /api/v1/meetings/{id}/cancel',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'meeting.rsvp': {
    operation: 'POST /api/v1/meetings/{id}/rsvp',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'meeting.signInCode': {
    operation: 'GET /api/v1/meetings/{id}/sign-in-code',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'meeting.attendance': {
    operation: 'GET /api/v1/meetings/{id}/attendance',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'meeting.minutes': {
    operation: 'POST /api/v1/meetings/{id}/minutes',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'actionItem.done': {
    operation: 'POST /api/v1/action-items/{id}/done',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'practice.create': {
    operation: 'POST /api/v1/practices',
    roles: ['alliance_admin', 'member_rep'],
    own: [],
  },
  'practice.publish': {
    operation: 'POST /api/v1/practices/{id}/publish',
    roles: ['alliance_admin'],
    own: [],
  },
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
