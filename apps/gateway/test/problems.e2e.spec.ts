import { randomUUID } from 'node:crypto';
import { application, GatewayHarness, type HttpAnswer } from './support/gateway-harness';

function expectProblem(answer: HttpAnswer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toEqual(
    expect.objectContaining({
      type: expect.stringMatching(/^urn:alliance:problem:/),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      instance: expect.stringMatching(/^\//),
      errors: expect.any(Array),
    }),
  );
}

function fields(answer: HttpAnswer): string[] {
  return (answer.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
}

describe('errors are problem+json with the failing fields (gateway and membership over HTTP)', () => {
  const h = new GatewayHarness('gw-problems');
  let admin: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  it('names every failing field of an application, nested ones with their path', async () => {
    const answer = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({
        creditCode: '91510100MA61234567',
        kind: 'castle',
        contacts: [{ name: '王园长', role: '园长', phone: '110' }],
        licensedPlaces: 10,
        affordablePlaces: 11,
      }),
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(fields(answer)).toEqual(['affordablePlaces', 'contacts.0.phone', 'creditCode', 'kind']);
    for (const error of answer.body.errors) expect(error.reasons.length).toBeGreaterThan(0);
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const answer = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ colour: 'red' }),
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.errors).toEqual([{ field: 'colour', reasons: ['property colour should not exist'] }]);
  });

  it('refuses an id in the body of a route whose id is in the path', async () => {
    const answer = await h.request('POST', `/api/v1/members/${randomUUID()}/admit`, {
      token: admin,
      body: { expectedVersion: 1, id: randomUUID() },
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(fields(answer)).toEqual(['id']);
  });

  it('answers malformed JSON with 400 on "body", never 500', async () => {
    const answer = await h.request('POST', '/api/v1/members', {
      token: admin,
      rawBody: '{"name": "咿薇托育",',
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(fields(answer)).toEqual(['body']);
  });

  it('answers a JSON array, a bare string and a missing body with 400 on "body"', async () => {
    for (const rawBody of ['[1,2]', '"text"']) {
      const answer = await h.request('POST', '/api/v1/working-groups', { token: admin, rawBody });
      expectProblem(answer, 400, 'VALIDATION_FAILED');
      expect(fields(answer)).toEqual(['body']);
    }
    const none = await h.request('POST', '/api/v1/working-groups', { token: admin });
    expectProblem(none, 400, 'VALIDATION_FAILED');
    expect(fields(none)).toEqual(['body']);
  });

  it('answers a path id that is not a UUID with 400 naming the parameter', async () => {
    const answer = await h.request('GET', '/api/v1/members/not-a-uuid', { token: admin });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(fields(answer)).toEqual(['id']);
    const member = await h.request(
      'DELETE',
      `/api/v1/working-groups/${randomUUID()}/members/42?expectedVersion=1`,
      {
        token: admin,
      },
    );
    expect(fields(member)).toEqual(['memberId']);
  });

  it('answers bad query parameters with 400 naming them', async () => {
    const answer = await h.request('GET', '/api/v1/members?status=sleeping&limit=1000&sort=colour&extra=1', {
      token: admin,
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(fields(answer)).toEqual(['extra', 'limit', 'sort', 'status']);
  });

  it('answers a reason-less suspension with the service’s field error', async () => {
    const applied = await h.request('POST', '/api/v1/members', { token: admin, body: application() });
    const answer = await h.request('POST', `/api/v1/members/${applied.body.id}/suspend`, {
      token: admin,
      body: { expectedVersion: 1 },
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(fields(answer)).toEqual(['reason']);
  });

  it('answers an unknown route with 404 problem+json', async () => {
    expectProblem(await h.request('GET', '/api/v1/nothing-here', { token: admin }), 404, 'NOT_FOUND');
  });

  it('answers a duplicate account with 409 and a login with a wrong password with 401', async () => {
    const body = { username: 'dup-user', password: 'dup-user-password', role: 'viewer' };
    expect((await h.request('POST', '/api/v1/accounts', { token: admin, body })).status).toBe(201);
    const dup = await h.request('POST', '/api/v1/accounts', { token: admin, body });
    expectProblem(dup, 409, 'ALREADY_EXISTS');
    expect(fields(dup)).toEqual(['username']);
    expectProblem(
      await h.request('POST', '/api/v1/auth/login', {
        body: { username: 'dup-user', password: 'not-the-password' },
      }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('echoes the caller’s x-request-id on errors too, and generates one when none is sent', async () => {
    const answer = await h.request('GET', '/api/v1/members/not-a-uuid', {
      token: admin,
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(answer.headers.get('x-request-id')).toBe('trace-123');
    expect(answer.body.requestId).toBe('trace-123');
    const generated = await h.request('GET', '/health');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports itself ready when NATS, PostgreSQL and membership answer', async () => {
    const ready = await h.request('GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({
      postgres: { status: 'up' },
      nats: { status: 'up' },
      membership: { status: 'up' },
    });
  });
});

describe('a service that is not running answers 503, not a hang or a 500', () => {
  const h = new GatewayHarness('gw-no-membership', { membership: false });
  let admin: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  it('answers a forwarded route with 503 naming the service, quickly', async () => {
    const started = Date.now();
    const answer = await h.request('GET', '/api/v1/members', { token: admin });
    expectProblem(answer, 503, 'SERVICE_UNAVAILABLE');
    expect(answer.body.detail).toContain('membership service is not available');
    // No responders is known at once: the client does not wait for the RPC timeout.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers commands the same way', async () => {
    const answer = await h.request('POST', '/api/v1/members', { token: admin, body: application() });
    expectProblem(answer, 503, 'SERVICE_UNAVAILABLE');
  });

  it('still serves what it owns: login, accounts, health', async () => {
    expect((await h.request('GET', '/api/v1/accounts', { token: admin })).status).toBe(200);
    expect((await h.request('GET', '/health')).status).toBe(200);
  });

  it('reports not ready with the failing check', async () => {
    const ready = await h.request('GET', '/ready');
    expectProblem(ready, 503, 'SERVICE_UNAVAILABLE');
    expect(ready.body.checks).toMatchObject({
      postgres: { status: 'up' },
      nats: { status: 'up' },
      membership: { status: 'down' },
    });
  });

  it('is itself ready for a load balancer (/ready/self): its PostgreSQL and NATS answer', async () => {
    const self = await h.request('GET', '/ready/self');
    expect({ status: self.status, checks: self.body.checks }).toEqual({
      status: 200,
      checks: { postgres: { status: 'up' }, nats: { status: 'up' } },
    });
  });
});
