import { join } from 'node:path';
import { ServiceProcess, waitFor, WORKSPACE_ROOT } from '@alliance/testing';
import { ADMIN_USERNAME, application, GatewayHarness } from './support/gateway-harness';

// The launcher's demo seeds, loaded from the workspace as `npm start` runs them (plain JS, not a library).
const launcher = (file: string) => require(join(WORKSPACE_ROOT, 'tools/start', file));
const { seedDemoAlliance } = launcher('demo-seed.js');
const { seedDemoResources } = launcher('demo-resources.js');

// Answers are read as loose JSON; the assertions say what they expect of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A local date (Asia/Shanghai) at least `minDays` ahead on an ISO weekday, at a wall-clock time. */
function on(weekday: number, minDays: number, hhmm: string): string {
  for (let d = minDays; ; d++) {
    const date = new Date(Date.now() + 8 * 3_600_000 + d * 86_400_000).toISOString().slice(0, 10);
    if ((new Date(`${date}T00:00:00Z`).getUTCDay() || 7) === weekday) return `${date}T${hhmm}:00+08:00`;
  }
}

describe('resources end to end: membership, resources and the gateway as processes, spoken to over HTTP', () => {
  // The gateway's /ready pings resources too, so the harness waits for it as for membership.
  const h = new GatewayHarness('gw-resources', { gateway: { services: ['membership', 'resources'] } });
  const resources = new ServiceProcess(
    'apps/resources/src/main.ts',
    h.env.serviceEnv('resources', { RESOURCES_EXPIRY_CHECK: 'off' }),
  );
  let admin: string;

  beforeAll(async () => {
    resources.start();
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(async () => {
    await resources.stop();
    await h.stop();
  });

  async function ok<T = Json>(method: string, path: string, token: string, body?: unknown): Promise<T> {
    const answer = await h.request(method, path, { token, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as T;
  }

  async function admitted(name: string): Promise<Json> {
    const applied = await ok('POST', '/api/v1/members', admin, application({ name }));
    return ok('POST', `/api/v1/members/${applied.id}/admit`, admin, { expectedVersion: applied.version });
  }

  /** Offers a venue once resources' projection has the owner admitted (retries its 422). */
  function offered(
    token: string,
    ownerOrganisationId: string,
    extra: Record<string, unknown> = {},
  ): Promise<Json> {
    return waitFor(
      async () => {
        const answer = await h.request('POST', '/api/v1/resources', {
          token,
          body: {
            kind: 'venue',
            title: '培训大厅',
            ownerOrganisationId,
            capacity: 100,
            visibility: 'alliance',
            policy: { approval: 'auto' },
            ...extra,
          },
        });
        if (answer.status === 422) return null;
        if (answer.status !== 201) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
        return answer.body;
      },
      { timeoutMs: 20_000, what: 'the resource listed (resources to learn of the admission)' },
    );
  }

  // First: both seeds load only into empty services.
  it('the demo data of `npm start` loads through the API', async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (m: string) => warnings.push(m) };
    const config = { adminUsername: ADMIN_USERNAME, adminPassword: h.adminPassword, root: WORKSPACE_ROOT };
    await seedDemoAlliance({ baseUrl: h.baseUrl, config, log });
    await seedDemoResources({ baseUrl: h.baseUrl, config, log });
    expect(warnings).toEqual([]);
    const resources = await ok('GET', '/api/v1/resources?limit=100', admin);
    const titles = resources.items.map((r: { title: string }) => r.title);
    expect(titles).toEqual(
      expect.arrayContaining(['咿薇托育 综合服务指导中心培训大厅', '儿科专家 医育结合健康指导']),
    );
    const hall = resources.items.find((r: { title: string }) => r.title.startsWith('咿薇托育'));
    const bookings = await ok('GET', `/api/v1/bookings?resourceId=${hall.id}`, admin);
    expect(bookings.items.length).toBe(5);
    const pending = await ok('GET', '/api/v1/bookings?status=requested', admin);
    expect(pending.items.map((b: { resourceKind: string }) => b.resourceKind)).toContain('expert');
    // Running the seed again changes nothing.
    await seedDemoResources({ baseUrl: h.baseUrl, config, log });
    expect((await ok('GET', '/api/v1/resources?limit=100', admin)).items.length).toBe(resources.items.length);
  });

  it('an owner’s suspension in membership withdraws its resources and cancels others’ future bookings, with no request to resources; reinstated, it lists again', async () => {
    const owner = await admitted('高新区妇女儿童医院（将被暂停）');
    const guest = await admitted('立人托育（预约方）');
    const ownerRep = (await h.account(admin, 'res-owner', 'member_rep', owner.id)).token;
    const guestRep = (await h.account(admin, 'res-guest', 'member_rep', guest.id)).token;
    const hall = await offered(ownerRep, owner.id, { title: '医院示教室' });
    const booking = await waitFor(
      async () => {
        const answer = await h.request('POST', '/api/v1/bookings', {
          token: guestRep,
          body: {
            resourceId: hall.id,
            organisationId: guest.id,
            startsAt: on(3, 7, '09:00'),
            endsAt: on(3, 7, '11:00'),
            purpose: '儿童保健培训',
            headcount: 20,
          },
        });
        if (answer.status === 422) return null; // the guest's admission has not arrived yet
        if (answer.status !== 201) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
        return answer.body;
      },
      { timeoutMs: 20_000, what: 'the booking' },
    );
    expect(booking.status).toBe('approved');

    // Only membership is asked; resources reacts to its event.
    await ok('POST', `/api/v1/members/${owner.id}/suspend`, admin, {
      expectedVersion: owner.version,
      reason: '年度检查未通过',
    });
    const cancelled = await waitFor(
      async () => {
        const b = await ok('GET', `/api/v1/bookings/${booking.id}`, guestRep);
        return b.status === 'cancelled' ? b : null;
      },
      { timeoutMs: 30_000, what: 'the booking cancelled by resources' },
    );
    expect(cancelled.cancellationReason).toContain('年度检查未通过');
    const resource = await ok('GET', `/api/v1/resources/${hall.id}`, guestRep);
    expect(resource).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: expect.stringContaining('年度检查未通过'),
    });
    const listed = await ok('GET', `/api/v1/resources?ownerOrganisationId=${owner.id}`, admin);
    expect(listed.items).toEqual([]);

    const suspended = await ok('GET', `/api/v1/members/${owner.id}`, admin);
    await ok('POST', `/api/v1/members/${owner.id}/reinstate`, admin, { expectedVersion: suspended.version });
    const again = await offered(ownerRep, owner.id, { title: '医院示教室（重新开放）' });
    expect(again.status).toBe('listed');
    expect((await ok('GET', `/api/v1/bookings/${booking.id}`, guestRep)).status).toBe('cancelled');
  });

  it('answers bad input with 400 naming each field, and refusals with problem+json naming the rule', async () => {
    const owner = await admitted('咿薇托育（规则）');
    const guest = await admitted('因特贝托育（规则）');
    const guestRep = (await h.account(admin, 'res-rules', 'member_rep', guest.id)).token;
    const hall = await offered(admin, owner.id, {
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
    });
    const bad = await h.request('POST', '/api/v1/bookings', {
      token: guestRep,
      body: {
        resourceId: 'not-a-uuid',
        organisationId: guest.id,
        startsAt: 'tomorrow',
        endsAt: on(2, 8, '10:00'),
        purpose: '',
        headcount: 0,
        extra: 1,
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['extra', 'headcount', 'purpose', 'resourceId', 'startsAt'].sort(),
    );
    const badHours = await h.request('POST', '/api/v1/resources', {
      token: admin,
      body: {
        kind: 'venue',
        title: '会议室',
        ownerOrganisationId: owner.id,
        capacity: 10,
        visibility: 'alliance',
        policy: { approval: 'auto' },
        openingHours: [{ weekday: 8, opens: '25:00', closes: '18:00' }],
      },
    });
    expect(badHours.status).toBe(400);
    expect(badHours.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'openingHours.0.opens',
      'openingHours.0.weekday',
    ]);

    const slot = { resourceId: hall.id, organisationId: guest.id, purpose: '观摩', headcount: 5 };
    const first = await waitFor(async () => {
      const answer = await h.request('POST', '/api/v1/bookings', {
        token: guestRep,
        body: { ...slot, startsAt: on(2, 8, '09:00'), endsAt: on(2, 8, '11:00') },
      });
      return answer.status === 201 ? answer.body : null;
    });
    expect(first.status).toBe('approved');
    const clash = await h.request('POST', '/api/v1/bookings', {
      token: guestRep,
      body: { ...slot, startsAt: on(2, 8, '10:00'), endsAt: on(2, 8, '12:00') },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('CONFLICT');
    expect(clash.body.errors).toEqual([
      { field: 'startsAt', reasons: [expect.stringMatching(/^slot_taken: .*09:00–11:00/)] },
    ]);
    const closed = await h.request('POST', '/api/v1/bookings', {
      token: guestRep,
      body: { ...slot, startsAt: on(6, 8, '10:00'), endsAt: on(6, 8, '12:00') },
    });
    expect(closed.status).toBe(422);
    expect(closed.body.errors[0].reasons[0]).toMatch(/^outside_opening_hours: /);
    const stale = await h.request('PATCH', `/api/v1/resources/${hall.id}`, {
      token: admin,
      body: { expectedVersion: hall.version + 5, title: '新名称' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
  });
});
