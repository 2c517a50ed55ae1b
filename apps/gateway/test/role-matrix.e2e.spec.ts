import { createHmac, randomUUID } from 'node:crypto';
import { application, GatewayHarness, type HttpAnswer } from './support/gateway-harness';
import { ServiceProcess, waitFor } from '@alliance/testing';

type Who = 'alliance_admin' | 'trainer' | 'inspector' | 'member_rep' | 'viewer';
const ROLES: Who[] = ['alliance_admin', 'trainer', 'inspector', 'member_rep', 'viewer'];

/** What the test knows when it sends a request. */
interface Ctx {
  /** The member_rep's organisation (applied, version 1). */
  own: string;
  /** Current password of each role's account (the password route changes them). */
  passwords: Record<Who, string>;
  loginPassword: string;
  /** The matrix's inspector account (audits name inspectors by account id). */
  inspectorId: string;
  /** The matrix's trainer account (sessions name their trainers by account id). */
  trainerId: string;
}

interface ValidRequest {
  /** Defaults to the row's path. */
  path?: (c: Ctx) => string;
  body?: (c: Ctx, who: Who | null) => unknown;
  /** The statuses the handler may answer (a success or the service's own refusal, never a 400). */
  expect: number[] | ((who: Who | null) => number[]);
  after?: (c: Ctx, who: Who | null, answer: HttpAnswer) => void;
}

/**
 * One row per operation of the API (and per kind of target where an own-organisation grant makes a
 * difference), with who may call it. The table is checked against the routes' access decorators, as the
 * OpenAPI document carries them (`x-access`): an operation without a row, or whose decorator allows
 * other roles than its row, fails the test. Each row has two requests: one with an empty body for the
 * guard (an allowed caller then gets the route's own answer, a refused one a 403, no token a 401) and
 * a valid one that must reach the handler for every allowed caller.
 */
interface Row {
  /** `METHOD /path` as in the OpenAPI document. */
  operation: string;
  /** Who may call it: the decision, checked against the route's access decorator. */
  allowed: Who[] | 'public';
  note?: string;
  /** The path names the member_rep's own organisation (own-organisation grants apply). */
  own?: boolean;
  path: (c: Ctx) => string;
  body?: unknown;
  valid: ValidRequest;
}

const EVERYONE: Who[] = ROLES;
const ADMIN_ONLY: Who[] = ['alliance_admin'];
const ADMIN_AND_OWN_REP: Who[] = ['alliance_admin', 'member_rep'];

const some = randomUUID();
const other = randomUUID();
const TRANSITION = { expectedVersion: 999, reason: '矩阵测试' };
let serial = 0;

// ---- pipeline routes (operators: outbox, relay, consumers, dead letters) ------------------------------
// `{service}` is membership, the service this matrix runs; dead letter 1 does not exist, so an admin gets
// the service's 404 (replay) or a 400 for the missing reason (discard) — through the guard either way.
const PIPELINE_ROWS: Row[] = [
  {
    operation: 'GET /api/v1/pipeline',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/pipeline',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/pipeline/{service}',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/pipeline/membership',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/pipeline/{service}/dead-letters',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/pipeline/membership/dead-letters',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/pipeline/{service}/dead-letters/{id}/replay',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/pipeline/membership/dead-letters/1/replay',
    body: {},
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/pipeline/{service}/dead-letters/{id}/discard',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/pipeline/membership/dead-letters/1/discard',
    body: {},
    valid: { body: () => ({ reason: '矩阵测试' }), expect: [404] },
  },
];
// ---- end of pipeline routes ------------------------------------------------------------------------------

// ---- training routes (the training service runs as a process in this matrix) ------------------------------
// Ids that do not exist reach the service and answer its 404; the matrix's own organisation is only applied,
// so registering staff for it is the service's 422.
const TRAINERS: Who[] = ['alliance_admin', 'trainer'];
const STAFF_READERS: Who[] = ['alliance_admin', 'trainer', 'inspector', 'member_rep'];
const STAFF_KEEPERS: Who[] = ['alliance_admin', 'member_rep'];
const REPORT_READERS: Who[] = ['alliance_admin', 'inspector', 'member_rep'];
const REQUIREMENT_READERS: Who[] = ['alliance_admin', 'trainer', 'member_rep'];
const FUTURE = { startsAt: '2030-03-01T09:00:00+08:00', endsAt: '2030-03-01T11:00:00+08:00' };
const TRAINING_ROWS: Row[] = [
  {
    operation: 'POST /api/v1/staff',
    allowed: STAFF_KEEPERS,
    path: () => '/api/v1/staff',
    body: {},
    valid: {
      body: (c) => ({ organisationId: c.own, name: '矩阵保育员', role: 'caregiver', hiredOn: '2025-01-01' }),
      expect: [422],
    },
  },
  {
    operation: 'GET /api/v1/staff',
    allowed: STAFF_READERS,
    path: () => '/api/v1/staff',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/staff/{id}',
    allowed: STAFF_READERS,
    path: () => `/api/v1/staff/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'PATCH /api/v1/staff/{id}',
    allowed: STAFF_KEEPERS,
    path: () => `/api/v1/staff/${some}`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, name: '矩阵' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/staff/{id}/leave',
    allowed: STAFF_KEEPERS,
    path: () => `/api/v1/staff/${some}/leave`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, leftOn: '2026-01-31' }), expect: [404] },
  },
  {
    operation: 'GET /api/v1/staff/{id}/training-record',
    allowed: STAFF_READERS,
    path: () => `/api/v1/staff/${some}/training-record`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/courses',
    allowed: TRAINERS,
    path: () => '/api/v1/courses',
    body: {},
    valid: {
      body: () => ({
        code: `MX-${++serial}`,
        title: '婴幼儿急救',
        category: 'safety_and_first_aid',
        creditHours: 8,
        targetRoles: ['caregiver'],
      }),
      expect: [201],
    },
  },
  {
    operation: 'GET /api/v1/courses',
    allowed: EVERYONE,
    path: () => '/api/v1/courses',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/courses/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/courses/${some}`,
    valid: { expect: [404] },
  },
  ...['publish', 'retire'].map((action): Row => ({
    operation: `POST /api/v1/courses/{id}/${action}`,
    allowed: TRAINERS,
    path: () => `/api/v1/courses/${some}/${action}`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1 }), expect: [404] },
  })),
  {
    operation: 'POST /api/v1/sessions',
    allowed: TRAINERS,
    path: () => '/api/v1/sessions',
    body: {},
    valid: {
      body: (c) => ({
        courseId: some,
        trainerIds: [c.trainerId],
        meetings: [FUTURE],
        location: { kind: 'address', address: '成都市高新区' },
        capacity: 10,
      }),
      expect: [404],
    },
  },
  {
    operation: 'GET /api/v1/sessions',
    allowed: EVERYONE,
    path: () => '/api/v1/sessions',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/sessions/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/sessions/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'GET /api/v1/sessions/{id}/enrolments',
    allowed: STAFF_READERS,
    path: () => `/api/v1/sessions/${some}/enrolments`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/sessions/{id}/reschedule',
    allowed: TRAINERS,
    path: () => `/api/v1/sessions/${some}/reschedule`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, meetings: [FUTURE] }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/sessions/{id}/cancel',
    allowed: TRAINERS,
    path: () => `/api/v1/sessions/${some}/cancel`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/sessions/{id}/attendance',
    allowed: TRAINERS,
    path: () => `/api/v1/sessions/${some}/attendance`,
    body: {},
    valid: {
      body: () => ({ marks: [{ meetingId: other, staffId: other, status: 'present' }] }),
      expect: [404],
    },
  },
  {
    operation: 'POST /api/v1/sessions/{id}/complete',
    allowed: TRAINERS,
    path: () => `/api/v1/sessions/${some}/complete`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1 }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/enrolments',
    allowed: STAFF_KEEPERS,
    path: () => '/api/v1/enrolments',
    body: {},
    valid: { body: () => ({ sessionId: some, staffId: other }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/enrolments/{id}/cancel',
    allowed: ['alliance_admin', 'trainer', 'member_rep'],
    path: () => `/api/v1/enrolments/${some}/cancel`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1 }), expect: [404] },
  },
  {
    operation: 'GET /api/v1/certificates',
    allowed: STAFF_READERS,
    path: () => '/api/v1/certificates',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/certificates/{id}/revoke',
    allowed: TRAINERS,
    path: () => `/api/v1/certificates/${some}/revoke`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'GET /api/v1/certificates/verify/{code}',
    allowed: 'public',
    path: () => '/api/v1/certificates/verify/ABCDEFGHJKMNPQRSTVWX',
    valid: { expect: [404] },
  },
  {
    operation: 'GET /api/v1/training/hours',
    allowed: REPORT_READERS,
    path: () => '/api/v1/training/hours',
    valid: { path: () => '/api/v1/training/hours?year=2026', expect: [200] },
  },
  {
    operation: 'GET /api/v1/training/expiring',
    allowed: REPORT_READERS,
    path: () => '/api/v1/training/expiring',
    valid: { path: () => '/api/v1/training/expiring?withinDays=30', expect: [200] },
  },
  {
    operation: 'POST /api/v1/training/expiry-check',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/training/expiry-check',
    body: { withinDays: 'many' },
    valid: { body: () => ({ withinDays: 30 }), expect: [200] },
  },
  {
    operation: 'GET /api/v1/training/requirements',
    allowed: REQUIREMENT_READERS,
    path: () => '/api/v1/training/requirements',
    valid: { path: () => '/api/v1/training/requirements?status=open&limit=5', expect: [200] },
  },
  {
    operation: 'GET /api/v1/training/requirements/{id}',
    allowed: REQUIREMENT_READERS,
    path: () => `/api/v1/training/requirements/${some}`,
    valid: { expect: [404] },
  },
];
// ---- end of training routes ------------------------------------------------------------------------------

// ---- resources routes (the resources service runs as a process in this matrix) ----------------------------
// The matrix's own organisation is only applied, so offering, booking and requesting for it are the service's
// 422 (organisation_not_admitted); ids that do not exist answer the service's 404.
const OFFERERS: Who[] = ['alliance_admin', 'member_rep'];
const BOOKERS: Who[] = ['alliance_admin', 'trainer', 'member_rep'];
const SLOT = { startsAt: '2030-03-04T09:00:00+08:00', endsAt: '2030-03-04T11:00:00+08:00' };
const RESOURCES_ROWS: Row[] = [
  {
    operation: 'POST /api/v1/resources',
    allowed: OFFERERS,
    path: () => '/api/v1/resources',
    body: {},
    valid: {
      body: (c) => ({
        kind: 'venue',
        title: '矩阵场地',
        ownerOrganisationId: c.own,
        capacity: 10,
        visibility: 'alliance',
        policy: { approval: 'auto' },
      }),
      expect: [422],
    },
  },
  {
    operation: 'GET /api/v1/resources',
    allowed: EVERYONE,
    path: () => '/api/v1/resources',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/resources/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/resources/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'PATCH /api/v1/resources/{id}',
    allowed: OFFERERS,
    path: () => `/api/v1/resources/${some}`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, title: '矩阵' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/resources/{id}/withdraw',
    allowed: OFFERERS,
    path: () => `/api/v1/resources/${some}/withdraw`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'GET /api/v1/reciprocity',
    allowed: EVERYONE,
    path: () => '/api/v1/reciprocity',
    valid: { path: () => '/api/v1/reciprocity?from=2026-01-01&to=2026-12-31', expect: [200] },
  },
  {
    operation: 'POST /api/v1/bookings',
    allowed: BOOKERS,
    path: () => '/api/v1/bookings',
    body: {},
    valid: {
      body: (c) => ({ resourceId: some, organisationId: c.own, ...SLOT, purpose: '矩阵', headcount: 1 }),
      expect: [422],
    },
  },
  {
    operation: 'POST /api/v1/bookings/series',
    allowed: BOOKERS,
    path: () => '/api/v1/bookings/series',
    body: {},
    valid: {
      body: (c) => ({
        resourceId: some,
        organisationId: c.own,
        ...SLOT,
        purpose: '矩阵',
        headcount: 1,
        count: 2,
      }),
      expect: [422],
    },
  },
  {
    operation: 'GET /api/v1/bookings',
    allowed: EVERYONE,
    path: () => '/api/v1/bookings',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/bookings/expiry-check',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/bookings/expiry-check',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/bookings/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/bookings/${some}`,
    valid: { expect: [404] },
  },
  ...(['approve', 'complete', 'no-show'] as const).map((action): Row => ({
    operation: `POST /api/v1/bookings/{id}/${action}`,
    allowed: OFFERERS,
    path: () => `/api/v1/bookings/${some}/${action}`,
    body: { expectedVersion: 'one' },
    valid: { body: () => ({ expectedVersion: 1 }), expect: [404] },
  })),
  {
    operation: 'POST /api/v1/bookings/{id}/reject',
    allowed: OFFERERS,
    path: () => `/api/v1/bookings/${some}/reject`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/bookings/{id}/cancel',
    allowed: BOOKERS,
    path: () => `/api/v1/bookings/${some}/cancel`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/booking-series/{id}/cancel',
    allowed: BOOKERS,
    path: () => `/api/v1/booking-series/${some}/cancel`,
    body: {},
    valid: { body: () => ({ reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/place-requests',
    allowed: OFFERERS,
    path: () => '/api/v1/place-requests',
    body: {},
    valid: {
      body: (c) => ({
        resourceId: some,
        organisationId: c.own,
        quantity: 1,
        fromMonth: '2030-01',
        toMonth: '2030-02',
        purpose: '矩阵',
      }),
      expect: [422],
    },
  },
  {
    operation: 'GET /api/v1/place-requests',
    allowed: EVERYONE,
    path: () => '/api/v1/place-requests',
    valid: { expect: [200] },
  },
  ...(['approve', 'reject', 'cancel'] as const).map((action): Row => ({
    operation: `POST /api/v1/place-requests/{id}/${action}`,
    allowed: OFFERERS,
    path: () => `/api/v1/place-requests/${some}/${action}`,
    body: {},
    valid: {
      body: () =>
        action === 'approve' ? { expectedVersion: 1 } : { expectedVersion: 1, reason: '矩阵测试' },
      expect: [404],
    },
  })),
];
// ---- end of resources routes -----------------------------------------------------------------------------

const TRANSITIONS = ['admit', 'reject', 'suspend', 'reinstate', 'withdraw', 'expel'];

// ---- compliance routes (the compliance service runs as a process in this matrix) ----------------------------
// Ids that do not exist reach the service and answer its 404; inspectors named in a body are resolved by the
// gateway first (the matrix's inspector account).
const CONDUCTORS: Who[] = ['alliance_admin', 'inspector'];
const AUDIT_READERS: Who[] = ['alliance_admin', 'inspector', 'member_rep'];
const FINDING_READERS: Who[] = ['alliance_admin', 'trainer', 'inspector', 'member_rep'];
const ACTION_ANSWERERS: Who[] = ['alliance_admin', 'member_rep'];
const MATRIX_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]).toString('base64');
const MATRIX_STANDARD = {
  title: '矩阵标准',
  issuer: '联盟',
  effectiveFrom: '2026-01-01',
  totalPoints: 10,
  gradeBands: [
    { grade: 'A', minPercent: 90 },
    { grade: 'B', minPercent: 75 },
    { grade: 'C', minPercent: 60 },
    { grade: 'D', minPercent: 0 },
  ],
  areas: [
    {
      code: 'A1',
      title: '区域',
      maxPoints: 10,
      criteria: [
        { code: 'C1', text: '指标', points: 10, evidenceRequired: false, veto: false, appliesTo: [] },
      ],
    },
  ],
};
const VERSIONED = { expectedVersion: 1 };
const COMPLIANCE_ROWS: Row[] = [
  {
    operation: 'POST /api/v1/standards',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/standards',
    body: {},
    valid: { body: () => ({ ...MATRIX_STANDARD, code: `MATRIX-${++serial}` }), expect: [201] },
  },
  {
    operation: 'GET /api/v1/standards',
    allowed: EVERYONE,
    path: () => '/api/v1/standards',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/standards/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/standards/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'PUT /api/v1/standards/{id}',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/standards/${some}`,
    body: {},
    valid: { body: () => ({ ...MATRIX_STANDARD, ...VERSIONED }), expect: [404] },
  },
  ...(['publish', 'retire'] as const).map((action): Row => ({
    operation: `POST /api/v1/standards/{id}/${action}`,
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/standards/${some}/${action}`,
    body: {},
    valid: {
      body: () => ({ ...VERSIONED, ...(action === 'retire' ? { reason: '矩阵' } : {}) }),
      expect: [404],
    },
  })),
  {
    operation: 'POST /api/v1/standards/{id}/next-edition',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/standards/${some}/next-edition`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/audits',
    allowed: CONDUCTORS,
    path: () => '/api/v1/audits',
    body: {},
    valid: {
      body: () => ({ organisationId: some, standardId: other, kind: 'routine', plannedDate: '2030-03-01' }),
      expect: [404],
    },
  },
  {
    operation: 'GET /api/v1/audits',
    allowed: AUDIT_READERS,
    path: () => '/api/v1/audits',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/audits/{id}',
    allowed: AUDIT_READERS,
    path: () => `/api/v1/audits/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/audits/{id}/follow-up',
    allowed: CONDUCTORS,
    path: () => `/api/v1/audits/${some}/follow-up`,
    body: {},
    valid: { body: () => ({ plannedDate: '2030-03-01' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/audits/{id}/assign',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/audits/${some}/assign`,
    body: {},
    valid: { body: (c) => ({ ...VERSIONED, inspectorIds: [c.inspectorId] }), expect: [404] },
  },
  {
    operation: 'PUT /api/v1/audits/{id}/answers/{criterionId}',
    allowed: CONDUCTORS,
    path: () => `/api/v1/audits/${some}/answers/${other}`,
    body: {},
    valid: { body: () => ({ result: 'met' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/audits/{id}/evidence',
    allowed: CONDUCTORS,
    path: () => `/api/v1/audits/${some}/evidence`,
    body: {},
    valid: {
      body: () => ({
        criterionId: other,
        fileName: 'a.png',
        contentType: 'image/png',
        contentBase64: MATRIX_PNG,
      }),
      expect: [404],
    },
  },
  {
    operation: 'POST /api/v1/audits/{id}/evidence-links',
    allowed: CONDUCTORS,
    path: () => `/api/v1/audits/${some}/evidence-links`,
    body: {},
    valid: {
      body: () => ({ criterionId: other, url: 'https://example.org/r', title: '记录' }),
      expect: [404],
    },
  },
  ...(
    [
      ['start', {}],
      ['submit', {}],
      ['amend', { reason: '矩阵', answers: [{ criterionId: other, result: 'met' }] }],
      ['close', {}],
      ['cancel', { reason: '矩阵' }],
    ] as const
  ).map(([action, extra]): Row => ({
    operation: `POST /api/v1/audits/{id}/${action}`,
    allowed: CONDUCTORS,
    path: () => `/api/v1/audits/${some}/${action}`,
    body: {},
    valid: { body: () => ({ ...VERSIONED, ...extra }), expect: [404] },
  })),
  {
    operation: 'GET /api/v1/evidence/{id}',
    allowed: AUDIT_READERS,
    path: () => `/api/v1/evidence/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'GET /api/v1/findings',
    allowed: FINDING_READERS,
    path: () => '/api/v1/findings',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/corrective-actions/{id}',
    allowed: FINDING_READERS,
    path: () => `/api/v1/corrective-actions/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/corrective-actions/{id}/respond',
    allowed: ACTION_ANSWERERS,
    path: () => `/api/v1/corrective-actions/${some}/respond`,
    body: {},
    valid: { body: () => ({ ...VERSIONED, plan: '整改计划' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/corrective-actions/{id}/evidence',
    allowed: ACTION_ANSWERERS,
    path: () => `/api/v1/corrective-actions/${some}/evidence`,
    body: { contentBase64: '!' },
    valid: {
      body: () => ({ fileName: 'a.png', contentType: 'image/png', contentBase64: MATRIX_PNG }),
      expect: [404],
    },
  },
  {
    operation: 'POST /api/v1/corrective-actions/{id}/evidence-links',
    allowed: ACTION_ANSWERERS,
    path: () => `/api/v1/corrective-actions/${some}/evidence-links`,
    body: {},
    valid: { body: () => ({ url: 'https://example.org/r', title: '记录' }), expect: [404] },
  },
  ...(['close', 'reopen'] as const).map((action): Row => ({
    operation: `POST /api/v1/corrective-actions/{id}/${action}`,
    allowed: CONDUCTORS,
    path: () => `/api/v1/corrective-actions/${some}/${action}`,
    body: {},
    valid: {
      body: () => ({ ...VERSIONED, ...(action === 'reopen' ? { reason: '矩阵' } : {}) }),
      expect: [404],
    },
  })),
  {
    operation: 'POST /api/v1/corrective-actions/overdue-check',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/corrective-actions/overdue-check',
    body: {},
    valid: { body: () => ({}), expect: [200] },
  },
  {
    operation: 'GET /api/v1/compliance/organisations/{id}',
    allowed: EVERYONE,
    note: 'own organisation',
    own: true,
    path: (c) => `/api/v1/compliance/organisations/${c.own}`,
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/compliance/organisations/{id}',
    allowed: ['alliance_admin', 'trainer', 'inspector', 'viewer'],
    note: 'another organisation',
    path: () => `/api/v1/compliance/organisations/${some}`,
    valid: { expect: [200] },
  },
];
// ---- end of compliance routes ---------------------------------------------------------------------------

// ---- coordination routes (the coordination service runs as a process in this matrix) ------------------------
// Ids that do not exist reach the service and answer its 404. A representative is an organiser only when the
// alliance granted its organisation (the matrix's is not): coordination refuses it with its own 403.
const ORGANISERS: Who[] = ['alliance_admin', 'member_rep'];
const adminOr = (ok: number, rep: number) => (who: Who | null) => (who === 'alliance_admin' ? [ok] : [rep]);
const NOTICE = {
  title: '矩阵通知',
  body: '矩阵测试',
  category: 'notice',
  issuer: '联盟秘书处',
  audience: { kind: 'alliance' },
  requiresAcknowledgement: false,
};
const COORDINATION_ROWS: Row[] = [
  {
    operation: 'POST /api/v1/notices',
    allowed: ORGANISERS,
    path: () => '/api/v1/notices',
    body: {},
    valid: { body: () => NOTICE, expect: adminOr(201, 403) },
  },
  {
    operation: 'GET /api/v1/notices',
    allowed: EVERYONE,
    path: () => '/api/v1/notices',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/notices/reminder-check',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/notices/reminder-check',
    body: { asOf: 'soon' },
    valid: { body: () => ({}), expect: [200] },
  },
  {
    operation: 'GET /api/v1/notices/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/notices/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'PATCH /api/v1/notices/{id}',
    allowed: ORGANISERS,
    path: () => `/api/v1/notices/${some}`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, title: '矩阵' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/notices/{id}/publish',
    allowed: ORGANISERS,
    path: () => `/api/v1/notices/${some}/publish`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1 }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/notices/{id}/withdraw',
    allowed: ORGANISERS,
    path: () => `/api/v1/notices/${some}/withdraw`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/notices/{id}/acknowledge',
    // The admin passes the guard; coordination refuses it (an organisation acknowledges through its representative).
    allowed: ORGANISERS,
    path: () => `/api/v1/notices/${some}/acknowledge`,
    body: { reply: 7 },
    valid: { body: () => ({ reply: '已阅' }), expect: adminOr(403, 404) },
  },
  {
    operation: 'GET /api/v1/notices/{id}/acknowledgements',
    allowed: ORGANISERS,
    path: () => `/api/v1/notices/${some}/acknowledgements`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/meetings',
    allowed: ORGANISERS,
    path: () => '/api/v1/meetings',
    body: {},
    // The matrix's organisation is only applied: an admin's meeting invites no admitted member (422).
    valid: {
      body: () => ({
        kind: 'forum',
        title: '矩阵论坛',
        startsAt: FUTURE.startsAt,
        endsAt: FUTURE.endsAt,
        place: { kind: 'online', url: 'https://meeting.example.org/matrix' },
        agenda: [],
        invitees: { kind: 'alliance' },
      }),
      expect: adminOr(422, 403),
    },
  },
  {
    operation: 'GET /api/v1/meetings',
    allowed: EVERYONE,
    path: () => '/api/v1/meetings',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/meetings/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/meetings/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/meetings/{id}/cancel',
    allowed: ORGANISERS,
    path: () => `/api/v1/meetings/${some}/cancel`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: adminOr(404, 403) },
  },
  {
    operation: 'POST /api/v1/meetings/{id}/rsvp',
    allowed: ORGANISERS,
    path: () => `/api/v1/meetings/${some}/rsvp`,
    body: {},
    valid: { body: () => ({ answer: 'declined' }), expect: adminOr(403, 404) },
  },
  {
    operation: 'GET /api/v1/meetings/{id}/sign-in-code',
    allowed: ORGANISERS,
    path: () => `/api/v1/meetings/${some}/sign-in-code`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/meetings/{id}/sign-in',
    allowed: EVERYONE,
    path: () => `/api/v1/meetings/${some}/sign-in`,
    body: {},
    // Not a code the platform issued: refused before the meeting is looked up.
    valid: { body: () => ({ code: 'not-a-code' }), expect: [422] },
  },
  {
    operation: 'GET /api/v1/meetings/{id}/attendance',
    allowed: ORGANISERS,
    path: () => `/api/v1/meetings/${some}/attendance`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/meetings/{id}/minutes',
    allowed: ORGANISERS,
    path: () => `/api/v1/meetings/${some}/minutes`,
    body: {},
    valid: {
      body: () => ({ expectedVersion: 1, summary: '矩阵纪要', decisions: [], actionItems: [] }),
      expect: adminOr(404, 403),
    },
  },
  {
    operation: 'GET /api/v1/action-items',
    allowed: EVERYONE,
    path: () => '/api/v1/action-items',
    valid: { path: () => '/api/v1/action-items?open=true&limit=5', expect: [200] },
  },
  {
    operation: 'POST /api/v1/action-items/overdue-check',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/action-items/overdue-check',
    body: { asOf: 'today' },
    valid: { body: () => ({}), expect: [200] },
  },
  {
    operation: 'POST /api/v1/action-items/{id}/done',
    allowed: ORGANISERS,
    path: () => `/api/v1/action-items/${some}/done`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1 }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/practices',
    allowed: ORGANISERS,
    path: () => '/api/v1/practices',
    body: {},
    valid: {
      body: () => ({
        kind: 'case',
        title: '矩阵案例',
        summary: '矩阵',
        body: '矩阵',
        tags: ['医育结合'],
        standardCodes: [],
        trainingCategories: [],
      }),
      expect: adminOr(201, 403),
    },
  },
  {
    operation: 'GET /api/v1/practices',
    allowed: EVERYONE,
    path: () => '/api/v1/practices',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/practices/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/practices/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/practices/{id}/publish',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/practices/${some}/publish`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1 }), expect: [404] },
  },
  // Attachments: an unknown notice or entry is coordination's 404 before it asks who may attach.
  ...(['notices', 'practices'] as const).map(
    (owner): Row => ({
      operation: `POST /api/v1/${owner}/{id}/attachments`,
      allowed: ORGANISERS,
      path: () => `/api/v1/${owner}/${some}/attachments`,
      body: { contentBase64: '!' },
      valid: {
        body: () => ({ fileName: '附件.png', contentType: 'image/png', contentBase64: MATRIX_PNG }),
        expect: [404],
      },
    }),
  ),
  {
    operation: 'GET /api/v1/attachments/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/attachments/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'GET /api/v1/coordination/organisers',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/coordination/organisers',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/coordination/organisers',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/coordination/organisers',
    body: {},
    // The matrix's organisation is only applied: not granted (422).
    valid: { body: (c) => ({ organisationId: c.own }), expect: [422] },
  },
  {
    operation: 'DELETE /api/v1/coordination/organisers/{organisationId}',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/coordination/organisers/${some}`,
    valid: { expect: [404] },
  },
  {
    // Every signed-in account has a to-do list (empty for most of the matrix's accounts).
    operation: 'GET /api/v1/me/tasks',
    allowed: EVERYONE,
    path: () => '/api/v1/me/tasks',
    valid: { expect: [200] },
  },
];
// ---- end of coordination routes ----------------------------------------------------------------------------

// ---- dashboard routes (the dashboard service runs as a process in this matrix, started below) -------------
const DASHBOARD_READERS: Who[] = ['alliance_admin', 'viewer'];
const DASHBOARD_ROWS: Row[] = [
  {
    operation: 'GET /api/v1/dashboard',
    allowed: DASHBOARD_READERS,
    path: () => '/api/v1/dashboard',
    valid: { path: () => '/api/v1/dashboard?asOf=2026-06-30', expect: [200] },
  },
  {
    operation: 'GET /api/v1/dashboard/export/{table}',
    allowed: DASHBOARD_READERS,
    path: () => '/api/v1/dashboard/export/places',
    valid: { path: () => '/api/v1/dashboard/export/all?asOf=2026-06-30', expect: [200] },
  },
  {
    operation: 'PUT /api/v1/dashboard/districts/{code}/population',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/dashboard/districts/gaoxin/population',
    body: {},
    valid: { body: () => ({ childrenUnderThree: 5000 }), expect: [200] },
  },
  {
    operation: 'POST /api/v1/dashboard/rebuild',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/dashboard/rebuild',
    body: {},
    valid: { expect: [200] },
  },
];
// ---- end of dashboard routes -----------------------------------------------------------------------------

const ROWS: Row[] = [
  {
    operation: 'POST /api/v1/auth/login',
    allowed: 'public',
    path: () => '/api/v1/auth/login',
    body: {},
    valid: { body: (c) => ({ username: 'matrix-login', password: c.loginPassword }), expect: [200] },
  },
  {
    operation: 'GET /api/v1/auth/me',
    allowed: EVERYONE,
    path: () => '/api/v1/auth/me',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/auth/password',
    allowed: EVERYONE,
    path: () => '/api/v1/auth/password',
    body: {},
    valid: {
      body: (c, who) => ({ currentPassword: c.passwords[who!], newPassword: `${c.passwords[who!]}-new` }),
      expect: [200],
      after: (c, who, answer) => {
        if (answer.status === 200) c.passwords[who!] = `${c.passwords[who!]}-new`;
      },
    },
  },
  {
    operation: 'GET /api/v1/accounts',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/accounts',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/accounts/audit',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/accounts/audit',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/accounts',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/accounts',
    body: {},
    valid: {
      body: () => ({ username: `matrix-made-${++serial}`, password: 'matrix-temporary-1', role: 'viewer' }),
      expect: [201],
    },
  },
  {
    operation: 'PATCH /api/v1/accounts/{id}',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/accounts/${some}`,
    body: {},
    valid: { body: () => ({ disabled: false }), expect: [404] },
  },
  {
    operation: 'POST /api/v1/members',
    allowed: ADMIN_AND_OWN_REP,
    path: () => '/api/v1/members',
    body: {},
    valid: {
      body: () => application({ name: `矩阵申请${++serial}` }),
      // The matrix's member_rep is bound already: the handler refuses it a second organisation.
      expect: (who) => (who === 'member_rep' ? [403] : [201]),
    },
  },
  {
    operation: 'GET /api/v1/members',
    allowed: EVERYONE,
    path: () => '/api/v1/members',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/members/figures/districts',
    allowed: EVERYONE,
    path: () => '/api/v1/members/figures/districts',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/members/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/members/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'PATCH /api/v1/members/{id}',
    allowed: ADMIN_AND_OWN_REP,
    note: 'own organisation',
    own: true,
    path: (c) => `/api/v1/members/${c.own}`,
    body: {},
    valid: { body: () => ({ expectedVersion: 999, address: '成都市高新区' }), expect: [409] },
  },
  {
    operation: 'PATCH /api/v1/members/{id}',
    allowed: ADMIN_ONLY,
    note: 'another organisation',
    path: () => `/api/v1/members/${other}`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, address: '成都市高新区' }), expect: [404] },
  },
  ...TRANSITIONS.map((action): Row => ({
    operation: `POST /api/v1/members/{id}/${action}`,
    // A representative may withdraw its own organisation, and take no other status decision.
    allowed: action === 'withdraw' ? ADMIN_AND_OWN_REP : ADMIN_ONLY,
    note: 'own organisation',
    own: true,
    path: (c) => `/api/v1/members/${c.own}/${action}`,
    body: {},
    // A stale version: the service refuses it without changing the organisation.
    valid: { body: () => TRANSITION, expect: [409] },
  })),
  ...TRANSITIONS.map((action): Row => ({
    operation: `POST /api/v1/members/{id}/${action}`,
    allowed: ADMIN_ONLY,
    note: 'another organisation',
    path: () => `/api/v1/members/${other}/${action}`,
    body: {},
    valid: { body: () => TRANSITION, expect: [404] },
  })),
  {
    operation: 'POST /api/v1/members/{id}/affordable-designation/decision',
    // The admins decide a designation a failed audit put under review; a representative may not, even its own.
    allowed: ADMIN_ONLY,
    note: 'own organisation',
    own: true,
    path: (c) => `/api/v1/members/${c.own}/affordable-designation/decision`,
    body: {},
    // A stale version: refused before anything else is looked at.
    valid: { body: () => ({ expectedVersion: 999, decision: 'keep', reason: '矩阵测试' }), expect: [409] },
  },
  {
    operation: 'POST /api/v1/members/{id}/affordable-designation/decision',
    allowed: ADMIN_ONLY,
    note: 'another organisation',
    path: () => `/api/v1/members/${other}/affordable-designation/decision`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, decision: 'revoke', reason: '矩阵测试' }), expect: [404] },
  },
  {
    operation: 'GET /api/v1/districts',
    allowed: EVERYONE,
    path: () => '/api/v1/districts',
    valid: { expect: [200] },
  },
  {
    operation: 'POST /api/v1/working-groups',
    allowed: ADMIN_ONLY,
    path: () => '/api/v1/working-groups',
    body: {},
    valid: { body: () => ({ name: '矩阵小组', chairOrganisationId: some }), expect: [404, 422] },
  },
  {
    operation: 'GET /api/v1/working-groups',
    allowed: EVERYONE,
    path: () => '/api/v1/working-groups',
    valid: { expect: [200] },
  },
  {
    operation: 'GET /api/v1/working-groups/{id}',
    allowed: EVERYONE,
    path: () => `/api/v1/working-groups/${some}`,
    valid: { expect: [404] },
  },
  {
    operation: 'POST /api/v1/working-groups/{id}/members',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/working-groups/${some}/members`,
    body: {},
    // The organisation is not admitted (422) and the group does not exist (404): either is the service's.
    valid: { body: (c) => ({ expectedVersion: 1, organisationId: c.own }), expect: [404, 422] },
  },
  {
    operation: 'DELETE /api/v1/working-groups/{id}/members/{memberId}',
    allowed: ADMIN_ONLY,
    path: (c) => `/api/v1/working-groups/${some}/members/${c.own}`,
    valid: {
      path: (c) => `/api/v1/working-groups/${some}/members/${c.own}?expectedVersion=1`,
      expect: [404],
    },
  },
  {
    operation: 'POST /api/v1/working-groups/{id}/chair',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/working-groups/${some}/chair`,
    body: {},
    valid: { body: (c) => ({ expectedVersion: 1, organisationId: c.own }), expect: [404, 422] },
  },
  {
    operation: 'POST /api/v1/working-groups/{id}/dissolve',
    allowed: ADMIN_ONLY,
    path: () => `/api/v1/working-groups/${some}/dissolve`,
    body: {},
    valid: { body: () => ({ expectedVersion: 1, reason: '矩阵测试' }), expect: [404] },
  },
  { operation: 'GET /health', allowed: 'public', path: () => '/health', valid: { expect: [200] } },
  { operation: 'GET /ready', allowed: 'public', path: () => '/ready', valid: { expect: [200] } },
  { operation: 'GET /ready/self', allowed: 'public', path: () => '/ready/self', valid: { expect: [200] } },
  ...PIPELINE_ROWS,
  ...COMPLIANCE_ROWS,
  ...TRAINING_ROWS,
  ...RESOURCES_ROWS,
  ...DASHBOARD_ROWS,
  ...COORDINATION_ROWS,
];

type Grant = string | { role: string; ownOrganisationParam: string };
type Access = { public: true } | { grants: Grant[] };
interface Document {
  paths: Record<string, Record<string, { 'x-access'?: Access }>>;
}

function label(row: Row): string {
  return `${row.operation}${row.note ? ` (${row.note})` : ''}`;
}

/** An HS256 JWT signed with `secret`, as the gateway issues them, with the given claims. */
function signedToken(secret: string, claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('authorisation: every route against every role, as the routes declare it (gateway and membership over HTTP)', () => {
  const h = new GatewayHarness('gw-matrix', {
    training: true,
    resources: true,
    compliance: true,
    coordination: true,
  });
  let dashboard: ServiceProcess;
  const tokens = {} as Record<Who, string>;
  const ctx: Ctx = {
    own: '',
    passwords: {} as Record<Who, string>,
    loginPassword: '',
    inspectorId: '',
    trainerId: '',
  };
  let access: Map<string, Access | undefined>;

  function allowed(row: Row, who: Who | null): boolean {
    return row.allowed === 'public' || (who !== null && row.allowed.includes(who));
  }

  /** Who the route's access decorator lets through on this row's target. */
  function declared(row: Row): Who[] | 'public' | undefined {
    const rule = access.get(row.operation);
    if (!rule) return undefined;
    if ('public' in rule) return 'public';
    return ROLES.filter((who) =>
      rule.grants.some((g) => (typeof g === 'string' ? g === who : g.role === who && row.own === true)),
    );
  }

  beforeAll(async () => {
    dashboard = new ServiceProcess('apps/dashboard/src/main.ts', h.env.serviceEnv('dashboard')).start();
    await h.start();
    const admin = await h.adminToken();
    tokens.alliance_admin = admin;
    ctx.passwords.alliance_admin = h.adminPassword;
    const applied = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '因特贝托育' }),
    });
    ctx.own = applied.body.id as string;
    const rep = await h.account(admin, 'matrix-rep', 'member_rep', ctx.own);
    tokens.member_rep = rep.token;
    ctx.passwords.member_rep = rep.password;
    for (const role of ['trainer', 'inspector', 'viewer'] as const) {
      const account = await h.account(admin, `matrix-${role}`, role);
      tokens[role] = account.token;
      ctx.passwords[role] = account.password;
      if (role === 'trainer') ctx.trainerId = account.id;
      if (role === 'inspector') ctx.inspectorId = account.id;
    }
    ctx.loginPassword = (await h.account(admin, 'matrix-login', 'viewer')).password;
    await waitFor(
      async () => {
        if (!dashboard.running) throw new Error(`dashboard exited:\n${dashboard.recentOutput}`);
        return (await h.request('GET', '/api/v1/dashboard', { token: admin })).status === 200;
      },
      { timeoutMs: 90_000, intervalMs: 250, what: 'the dashboard service to answer' },
    );

    const document = (await h.request('GET', '/api/openapi.json')).body as Document;
    access = new Map(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(
          ([method, op]) => [`${method.toUpperCase()} ${path}`, op['x-access']] as const,
        ),
      ),
    );
  });
  afterAll(async () => {
    await dashboard?.stop();
    await h.stop();
  });

  it('has a row for every route, every row is a route, and every route declares who may call it', () => {
    const rows = new Set(ROWS.map((r) => r.operation));
    const routes = [...access.keys()];
    expect({ routesWithoutRow: routes.filter((op) => !rows.has(op)) }).toEqual({ routesWithoutRow: [] });
    expect({ rowsWithoutRoute: [...rows].filter((op) => !access.has(op)) }).toEqual({ rowsWithoutRoute: [] });
    expect({ withoutAccess: routes.filter((op) => !access.get(op)) }).toEqual({ withoutAccess: [] });
  });

  it('allows on each row exactly the roles the route’s access decorator declares', () => {
    const mismatches = ROWS.filter(
      (row) => JSON.stringify(declared(row)) !== JSON.stringify(row.allowed),
    ).map((row) => ({ row: label(row), table: row.allowed, declared: declared(row) }));
    expect(mismatches).toEqual([]);
  });

  const cells = ROWS.flatMap((row) =>
    [...ROLES, null].map((who) => [label(row), who ?? 'no token', row, who] as const),
  );

  it.each(cells)('guard: %s as %s', async (_label, _who, row, who) => {
    const answer = await h.request(row.operation.split(' ')[0], row.path(ctx), {
      token: who ? tokens[who] : undefined,
      body: row.body,
    });
    const outcome = { status: answer.status, code: answer.body?.code as string | undefined };
    if (row.allowed === 'public') {
      expect([401, 403]).not.toContain(outcome.status);
    } else if (who === null) {
      expect(outcome).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    } else if (allowed(row, who)) {
      // Through the guard: the answer is the route's own (validation, not found, success).
      expect([401, 403]).not.toContain(outcome.status);
      expect(outcome.status).toBeLessThan(500);
    } else {
      expect(outcome).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it.each(ROWS.map((row) => [label(row), row] as const))(
    'a valid request reaches the handler: %s, for every caller allowed',
    async (_label, row) => {
      // A public route does not look at the token: once, without one.
      const callers: Array<Who | null> = row.allowed === 'public' ? [null] : row.allowed;
      expect(callers.length).toBeGreaterThan(0);
      for (const who of callers) {
        const { valid } = row;
        const answer = await h.request(row.operation.split(' ')[0], (valid.path ?? row.path)(ctx), {
          token: who ? tokens[who] : undefined,
          body: valid.body?.(ctx, who),
        });
        const expected = typeof valid.expect === 'function' ? valid.expect(who) : valid.expect;
        // Not a 400: the request passed validation and the handler (or the service) answered it.
        expect({ who, expected, status: answer.status, body: answer.body }).toMatchObject({
          who,
          status: expected.includes(answer.status) ? answer.status : `one of ${expected.join(', ')}`,
        });
        // A 403 here is the handler's own refusal, not the guard's.
        if (answer.status === 403) expect(answer.body.detail).not.toMatch(/^The role /);
        valid.after?.(ctx, who, answer);
      }
    },
  );

  it('refuses a forged token, a token of the right key that has expired, and a non-bearer scheme with 401 problem+json', async () => {
    const me = await h.request('GET', '/api/v1/auth/me', { token: tokens.alliance_admin });
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: me.body.id, typ: 'access', iat: now - 7200 };
    // The same key and claims, still valid: proves the expired one below fails for its expiry only.
    const fresh = signedToken(h.jwtSecret, { ...claims, exp: now + 600 });
    expect((await h.request('GET', '/api/v1/auth/me', { token: fresh })).status).toBe(200);

    const expired = signedToken(h.jwtSecret, { ...claims, exp: now - 60 });
    const forged = signedToken('not-the-gateway-key', { ...claims, exp: now + 600 });
    for (const headers of [
      { authorization: `Bearer ${expired}` },
      { authorization: `Bearer ${forged}` },
      { authorization: `Bearer ${tokens.alliance_admin.slice(0, -4)}AAAA` },
      { authorization: 'Basic abc' },
    ]) {
      const answer = await h.request('GET', '/api/v1/members', { headers });
      expect({ status: answer.status, code: answer.body.code }).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
      });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });
});
