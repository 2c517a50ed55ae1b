import { randomUUID } from 'node:crypto';
import { application, GatewayHarness } from './support/gateway-harness';

type Who = 'alliance_admin' | 'trainer' | 'inspector' | 'member_rep' | 'viewer';
const EVERYONE: Who[] = ['alliance_admin', 'trainer', 'inspector', 'member_rep', 'viewer'];
const ADMIN_ONLY: Who[] = ['alliance_admin'];

interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document. */
  route: string;
  /** Concrete path; `own` is the member_rep's organisation. */
  path: (ids: { own: string }) => string;
  allowed: Who[] | 'public';
  body?: unknown;
  note?: string;
}

const some = randomUUID();
const other = randomUUID();

// ---- pipeline routes (operators: outbox, relay, consumers, dead letters) — admin only ----------------
// `{service}` is membership, the service this matrix runs; dead letter 1 does not exist, so an admin gets
// the service's 404 (replay) or a 400 for the missing reason (discard) — through the guard either way.
const PIPELINE_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/v1/pipeline', path: () => '/api/v1/pipeline', allowed: ADMIN_ONLY },
  {
    method: 'GET',
    route: '/api/v1/pipeline/{service}',
    path: () => '/api/v1/pipeline/membership',
    allowed: ADMIN_ONLY,
  },
  {
    method: 'GET',
    route: '/api/v1/pipeline/{service}/dead-letters',
    path: () => '/api/v1/pipeline/membership/dead-letters',
    allowed: ADMIN_ONLY,
  },
  {
    method: 'POST',
    route: '/api/v1/pipeline/{service}/dead-letters/{id}/replay',
    path: () => '/api/v1/pipeline/membership/dead-letters/1/replay',
    allowed: ADMIN_ONLY,
    body: {},
  },
  {
    method: 'POST',
    route: '/api/v1/pipeline/{service}/dead-letters/{id}/discard',
    path: () => '/api/v1/pipeline/membership/dead-letters/1/discard',
    allowed: ADMIN_ONLY,
    body: {},
  },
];
// ---- end of pipeline routes ------------------------------------------------------------------------------

/*
 * Every route of the API with who may call it. Bodies are empty ({}): an allowed caller then gets a
 * 400 or 404 from validation or the service (the guard let it through), a refused one a 403 (the
 * guard runs before validation), and no token a 401. The test also checks the table lists every
 * operation of the OpenAPI document, so a new route cannot be added without deciding its roles here.
 */
const ROUTES: RouteCase[] = [
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    path: () => '/api/v1/auth/login',
    allowed: 'public',
    body: {},
  },
  { method: 'GET', route: '/api/v1/auth/me', path: () => '/api/v1/auth/me', allowed: EVERYONE },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    path: () => '/api/v1/auth/password',
    allowed: EVERYONE,
    body: {},
  },
  { method: 'GET', route: '/api/v1/accounts', path: () => '/api/v1/accounts', allowed: ADMIN_ONLY },
  {
    method: 'GET',
    route: '/api/v1/accounts/audit',
    path: () => '/api/v1/accounts/audit',
    allowed: ADMIN_ONLY,
  },
  {
    method: 'POST',
    route: '/api/v1/accounts',
    path: () => '/api/v1/accounts',
    allowed: ADMIN_ONLY,
    body: {},
  },
  {
    method: 'PATCH',
    route: '/api/v1/accounts/{id}',
    path: () => `/api/v1/accounts/${some}`,
    allowed: ADMIN_ONLY,
    body: {},
  },
  {
    method: 'POST',
    route: '/api/v1/members',
    path: () => '/api/v1/members',
    allowed: ['alliance_admin', 'member_rep'],
    body: {},
  },
  { method: 'GET', route: '/api/v1/members', path: () => '/api/v1/members', allowed: EVERYONE },
  {
    method: 'GET',
    route: '/api/v1/members/figures/districts',
    path: () => '/api/v1/members/figures/districts',
    allowed: EVERYONE,
  },
  { method: 'GET', route: '/api/v1/members/{id}', path: () => `/api/v1/members/${some}`, allowed: EVERYONE },
  {
    method: 'PATCH',
    route: '/api/v1/members/{id}',
    path: ({ own }) => `/api/v1/members/${own}`,
    allowed: ['alliance_admin', 'member_rep'],
    body: {},
    note: 'own organisation',
  },
  {
    method: 'PATCH',
    route: '/api/v1/members/{id}',
    path: () => `/api/v1/members/${other}`,
    allowed: ADMIN_ONLY,
    body: {},
    note: 'another organisation',
  },
  ...['admit', 'reject', 'suspend', 'reinstate', 'withdraw', 'expel'].flatMap((action): RouteCase[] => [
    {
      method: 'POST',
      route: `/api/v1/members/{id}/${action}`,
      path: ({ own }) => `/api/v1/members/${own}/${action}`,
      // A representative may withdraw its own organisation, and take no other status decision.
      allowed: action === 'withdraw' ? ['alliance_admin', 'member_rep'] : ADMIN_ONLY,
      body: {},
      note: 'own organisation',
    },
  ]),
  {
    method: 'POST',
    route: '/api/v1/members/{id}/withdraw',
    path: () => `/api/v1/members/${other}/withdraw`,
    allowed: ADMIN_ONLY,
    body: {},
    note: 'another organisation',
  },
  { method: 'GET', route: '/api/v1/districts', path: () => '/api/v1/districts', allowed: EVERYONE },
  {
    method: 'POST',
    route: '/api/v1/working-groups',
    path: () => '/api/v1/working-groups',
    allowed: ADMIN_ONLY,
    body: {},
  },
  { method: 'GET', route: '/api/v1/working-groups', path: () => '/api/v1/working-groups', allowed: EVERYONE },
  {
    method: 'GET',
    route: '/api/v1/working-groups/{id}',
    path: () => `/api/v1/working-groups/${some}`,
    allowed: EVERYONE,
  },
  {
    method: 'POST',
    route: '/api/v1/working-groups/{id}/members',
    path: () => `/api/v1/working-groups/${some}/members`,
    allowed: ADMIN_ONLY,
    body: {},
  },
  {
    method: 'DELETE',
    route: '/api/v1/working-groups/{id}/members/{memberId}',
    path: ({ own }) => `/api/v1/working-groups/${some}/members/${own}`,
    allowed: ADMIN_ONLY,
  },
  {
    method: 'POST',
    route: '/api/v1/working-groups/{id}/dissolve',
    path: () => `/api/v1/working-groups/${some}/dissolve`,
    allowed: ADMIN_ONLY,
    body: {},
  },
  { method: 'GET', route: '/health', path: () => '/health', allowed: 'public' },
  { method: 'GET', route: '/ready', path: () => '/ready', allowed: 'public' },
  ...PIPELINE_ROUTES,
];

describe('authorisation: every route against every role (gateway and membership over HTTP)', () => {
  const h = new GatewayHarness('gw-matrix');
  const tokens = {} as Record<Who, string>;
  let own = '';

  beforeAll(async () => {
    await h.start();
    const admin = await h.adminToken();
    tokens.alliance_admin = admin;
    const applied = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '因特贝托育' }),
    });
    own = applied.body.id as string;
    tokens.member_rep = (await h.account(admin, 'matrix-rep', 'member_rep', own)).token;
    for (const role of ['trainer', 'inspector', 'viewer'] as const) {
      tokens[role] = (await h.account(admin, `matrix-${role.replace('_', '-')}`, role)).token;
    }
  });
  afterAll(() => h.stop());

  it('covers every operation of the OpenAPI document', async () => {
    const document = (await h.request('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`),
    );
    const tested = new Set(ROUTES.map((r) => `${r.method} ${r.route}`));
    expect(documented.filter((operation) => !tested.has(operation))).toEqual([]);
    expect([...tested].filter((operation) => !documented.includes(operation))).toEqual([]);
  });

  const cases = ROUTES.flatMap((route) => [
    ...EVERYONE.map((who) => ({ route, who: who as Who | null })),
    { route, who: null as Who | null },
  ]);

  it.each(
    cases.map((c) => [
      `${c.route.method} ${c.route.route}${c.route.note ? ` (${c.route.note})` : ''}`,
      c.who ?? 'no token',
      c,
    ]),
  )('%s as %s', async (_label, _who, { route, who }) => {
    const answer = await h.request(route.method, route.path({ own }), {
      token: who ? tokens[who] : undefined,
      body: route.body,
    });
    const outcome = { status: answer.status, code: answer.body?.code as string | undefined };
    if (route.allowed === 'public') {
      expect(outcome.status).not.toBe(401);
      expect(outcome.status).not.toBe(403);
    } else if (who === null) {
      expect(outcome).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    } else if (route.allowed.includes(who)) {
      // Through the guard: the answer is the route's own (validation, not found, success).
      expect([401, 403]).not.toContain(outcome.status);
      expect(outcome.status).toBeLessThan(500);
    } else {
      expect(outcome).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses a forged or expired token with 401', async () => {
    const forged = `${tokens.alliance_admin.slice(0, -4)}AAAA`;
    expect((await h.request('GET', '/api/v1/members', { token: forged })).status).toBe(401);
    expect(
      (await h.request('GET', '/api/v1/members', { headers: { authorization: 'Basic abc' } })).status,
    ).toBe(401);
  });
});
