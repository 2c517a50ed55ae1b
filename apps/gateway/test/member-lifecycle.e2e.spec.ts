import { randomUUID } from 'node:crypto';
import { MembershipEvent } from '@alliance/contracts/membership';
import { application, GatewayHarness } from './support/gateway-harness';

describe('gateway end to end: an organisation’s membership over HTTP (membership as a process, real PostgreSQL and NATS)', () => {
  const h = new GatewayHarness('gw-lifecycle');
  let admin: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  it('logs in, applies, admits, suspends, reinstates and withdraws; the events reach the stream in order', async () => {
    const rep = await h.account(admin, 'yiwei-rep', 'member_rep');
    const requestIds = Array.from({ length: 5 }, () => randomUUID());

    const applied = await h.request('POST', '/api/v1/members', {
      token: rep.token,
      body: application({ name: '咿薇托育' }),
      headers: { 'x-request-id': requestIds[0] },
    });
    expect(applied.status).toBe(201);
    expect(applied.headers.get('x-request-id')).toBe(requestIds[0]);
    expect(applied.body).toMatchObject({ name: '咿薇托育', status: 'applied', version: 1 });
    const id = applied.body.id as string;

    // Applying bound the representative to its new organisation.
    const me = await h.request('GET', '/api/v1/auth/me', { token: rep.token });
    expect(me.body).toMatchObject({ role: 'member_rep', organisationId: id });

    const steps: Array<[string, Record<string, unknown>, string]> = [
      ['admit', {}, 'admitted'],
      ['suspend', { reason: '整改期间暂停' }, 'suspended'],
      ['reinstate', { reason: '整改完成' }, 'admitted'],
      ['withdraw', {}, 'withdrawn'],
    ];
    let version = 1;
    for (const [index, [action, extra, status]] of steps.entries()) {
      const answer = await h.request('POST', `/api/v1/members/${id}/${action}`, {
        token: admin,
        body: { expectedVersion: version, ...extra },
        headers: { 'x-request-id': requestIds[index + 1] },
      });
      expect({ action, status: answer.status, body: answer.body }).toMatchObject({
        action,
        status: 200,
        body: { status },
      });
      version = answer.body.version as number;
    }

    const detail = await h.request('GET', `/api/v1/members/${id}`, { token: admin });
    expect(detail.status).toBe(200);
    expect(detail.body.history.map((e: { action: string }) => e.action)).toEqual([
      'applied',
      'admitted',
      'suspended',
      'reinstated',
      'withdrawn',
    ]);
    // The request id of each HTTP call is the correlation id of the change it caused.
    expect(detail.body.history.map((e: { correlationId: string }) => e.correlationId)).toEqual(requestIds);

    const events = await h.streamEventsOf(id, 5);
    expect(events.map((e) => e.envelope.type)).toEqual([
      MembershipEvent.memberApplied,
      MembershipEvent.memberAdmitted,
      MembershipEvent.memberSuspended,
      MembershipEvent.memberReinstated,
      MembershipEvent.memberWithdrawn,
    ]);
    expect(events.map((e) => e.envelope.aggregateVersion)).toEqual([1, 2, 3, 4, 5]);
    expect(events.map((e) => e.envelope.correlationId)).toEqual(requestIds);
    expect(events.map((e) => e.requestIdHeader)).toEqual(requestIds);
    expect(events[1].envelope.actor).toMatchObject({ role: 'alliance_admin' });
  });

  it('refuses a stale version and an illegal transition with 409 problem+json', async () => {
    const applied = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '因特贝托育' }),
    });
    const id = applied.body.id as string;
    expect(
      (await h.request('POST', `/api/v1/members/${id}/admit`, { token: admin, body: { expectedVersion: 1 } }))
        .status,
    ).toBe(200);

    const stale = await h.request('POST', `/api/v1/members/${id}/suspend`, {
      token: admin,
      body: { expectedVersion: 1, reason: '过期版本' },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    const illegal = await h.request('POST', `/api/v1/members/${id}/admit`, {
      token: admin,
      body: { expectedVersion: 2 },
    });
    expect(illegal.status).toBe(409);
    expect(illegal.body.code).toBe('ILLEGAL_TRANSITION');

    const missing = await h.request('GET', `/api/v1/members/${randomUUID()}`, { token: admin });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('shows a member_rep its own contacts but not other organisations’, and lets it edit only its own', async () => {
    const own = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '成都电子科大立人托育中心' }),
    });
    const other = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '高新妇女儿童医院', kind: 'hospital' }),
    });
    const rep = await h.account(admin, 'lireng-rep', 'member_rep', own.body.id);
    const viewer = await h.account(admin, 'bureau-viewer', 'viewer');
    const inspector = await h.account(admin, 'audit-inspector', 'inspector');

    const ownSeen = await h.request('GET', `/api/v1/members/${own.body.id}`, { token: rep.token });
    expect(ownSeen.body.contacts).toHaveLength(1);
    const otherSeen = await h.request('GET', `/api/v1/members/${other.body.id}`, { token: rep.token });
    expect(otherSeen.status).toBe(200);
    expect(otherSeen.body).not.toHaveProperty('contacts');
    expect(otherSeen.body.name).toBe('高新妇女儿童医院');
    expect(
      (await h.request('GET', `/api/v1/members/${own.body.id}`, { token: viewer.token })).body,
    ).not.toHaveProperty('contacts');
    expect(
      (await h.request('GET', `/api/v1/members/${other.body.id}`, { token: inspector.token })).body.contacts,
    ).toHaveLength(1);

    const edited = await h.request('PATCH', `/api/v1/members/${own.body.id}`, {
      token: rep.token,
      body: { expectedVersion: 1, address: '成都市高新区西区大道' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ address: '成都市高新区西区大道', version: 2 });

    const foreign = await h.request('PATCH', `/api/v1/members/${other.body.id}`, {
      token: rep.token,
      body: { expectedVersion: 1, address: '别人的地址' },
    });
    expect(foreign.status).toBe(403);

    const promoted = await h.request('PATCH', `/api/v1/members/${own.body.id}`, {
      token: rep.token,
      body: { expectedVersion: 2, allianceRole: 'lead_unit' },
    });
    expect(promoted.status).toBe(403);

    // Bound already: it may not apply for (and so speak for) a second organisation.
    const second = await h.request('POST', '/api/v1/members', {
      token: rep.token,
      body: application({ name: '另一家托育' }),
    });
    expect(second.status).toBe(403);

    const admitByRep = await h.request('POST', `/api/v1/members/${own.body.id}/admit`, {
      token: rep.token,
      body: { expectedVersion: 2 },
    });
    expect(admitByRep.status).toBe(403);
  });

  it('lets a member_rep withdraw its own organisation, not another one', async () => {
    const ids: string[] = [];
    for (const name of ['退出的托育中心', '留下的托育中心']) {
      const applied = await h.request('POST', '/api/v1/members', {
        token: admin,
        body: application({ name }),
      });
      await h.request('POST', `/api/v1/members/${applied.body.id}/admit`, {
        token: admin,
        body: { expectedVersion: 1 },
      });
      ids.push(applied.body.id as string);
    }
    const [own, other] = ids;
    const rep = await h.account(admin, 'leaving-rep', 'member_rep', own);

    const foreign = await h.request('POST', `/api/v1/members/${other}/withdraw`, {
      token: rep.token,
      body: { expectedVersion: 2 },
    });
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });

    const withdrawn = await h.request('POST', `/api/v1/members/${own}/withdraw`, {
      token: rep.token,
      body: { expectedVersion: 2, reason: '机构停办' },
    });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({
      status: 200,
      body: { id: own, status: 'withdrawn' },
    });
    // Withdrawing is the only decision a representative takes about its own membership.
    const suspended = await h.request('POST', `/api/v1/members/${other}/suspend`, {
      token: rep.token,
      body: { expectedVersion: 2, reason: '无权' },
    });
    expect(suspended.status).toBe(403);
  });

  it('stops honouring a disabled account’s token at once, and again after re-enabling', async () => {
    const trainer = await h.account(admin, 'course-trainer', 'trainer');
    expect((await h.request('GET', '/api/v1/auth/me', { token: trainer.token })).status).toBe(200);

    const disabled = await h.request('PATCH', `/api/v1/accounts/${trainer.id}`, {
      token: admin,
      body: { disabled: true },
    });
    expect(disabled.body.disabled).toBe(true);
    const refused = await h.request('GET', '/api/v1/members', { token: trainer.token });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    expect(
      (
        await h.request('POST', '/api/v1/auth/login', {
          body: { username: 'course-trainer', password: 'course-trainer-password' },
        })
      ).status,
    ).toBe(401);

    await h.request('PATCH', `/api/v1/accounts/${trainer.id}`, { token: admin, body: { disabled: false } });
    expect((await h.request('GET', '/api/v1/auth/me', { token: trainer.token })).status).toBe(200);
  });

  it('keeps one enabled admin: the last one cannot disable itself', async () => {
    const me = await h.request('GET', '/api/v1/auth/me', { token: admin });
    const answer = await h.request('PATCH', `/api/v1/accounts/${me.body.id}`, {
      token: admin,
      body: { disabled: true },
    });
    expect(answer.status).toBe(409);
    expect((await h.request('GET', '/api/v1/auth/me', { token: admin })).status).toBe(200);
  });

  it('rate-limits login attempts per username with 429 problem+json and Retry-After', async () => {
    // Created without logging in: every attempt below counts against the limit.
    await h.request('POST', '/api/v1/accounts', {
      token: admin,
      body: { username: 'guessed-user', password: 'guessed-user-password', role: 'viewer' },
    });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 6; i++) {
      last = await h.request('POST', '/api/v1/auth/login', {
        body: { username: 'guessed-user', password: `wrong-${i}` },
      });
      statuses.push(last.status);
    }
    // The harness allows 5 attempts per minute.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(last!.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last!.body.code).toBe('RATE_LIMITED');
    // Another username from the same address is not locked out.
    expect(
      (
        await h.request('POST', '/api/v1/auth/login', {
          body: { username: 'root-admin', password: 'first-admin-password' },
        })
      ).status,
    ).toBe(200);
  });

  it('runs a working group: form, add, remove, name the chair, dissolve', async () => {
    const ids: string[] = [];
    for (const name of ['成都高新区卫生健康局', '咿薇托育(高新)', '吉利学院教育学院']) {
      const applied = await h.request('POST', '/api/v1/members', {
        token: admin,
        body: application({ name, kind: name.includes('卫生') ? 'government_bureau' : 'childcare_centre' }),
      });
      await h.request('POST', `/api/v1/members/${applied.body.id}/admit`, {
        token: admin,
        body: { expectedVersion: 1 },
      });
      ids.push(applied.body.id as string);
    }
    const formed = await h.request('POST', '/api/v1/working-groups', {
      token: admin,
      body: { name: '联盟工作小组', chairOrganisationId: ids[0], memberOrganisationIds: [ids[1]] },
    });
    expect(formed.status).toBe(201);
    const group = formed.body.id as string;
    const added = await h.request('POST', `/api/v1/working-groups/${group}/members`, {
      token: admin,
      body: { expectedVersion: formed.body.version, organisationId: ids[2] },
    });
    expect(added.status).toBe(200);
    expect(added.body.members).toHaveLength(3);
    const removed = await h.request(
      'DELETE',
      `/api/v1/working-groups/${group}/members/${ids[1]}?expectedVersion=${added.body.version}`,
      { token: admin },
    );
    expect({ status: removed.status, body: removed.body }).toMatchObject({
      status: 200,
      body: { members: expect.any(Array) },
    });
    expect(removed.body.members.map((m: { organisationId: string }) => m.organisationId).sort()).toEqual(
      [ids[0], ids[2]].sort(),
    );
    const chaired = await h.request('POST', `/api/v1/working-groups/${group}/chair`, {
      token: admin,
      body: { expectedVersion: removed.body.version, organisationId: ids[2] },
    });
    expect({ status: chaired.status, body: chaired.body }).toMatchObject({
      status: 200,
      body: { chairOrganisationId: ids[2], needsChair: false },
    });
    const dissolved = await h.request('POST', `/api/v1/working-groups/${group}/dissolve`, {
      token: admin,
      body: { expectedVersion: chaired.body.version, reason: '任务完成' },
    });
    expect(dissolved.body.status).toBe('dissolved');
    const listed = await h.request('GET', '/api/v1/working-groups?status=all', { token: admin });
    expect(listed.body.map((g: { id: string }) => g.id)).toContain(group);
  });

  it('lists and filters members with the HTTP parameter names, and serves districts and figures', async () => {
    const districts = await h.request('GET', '/api/v1/districts', { token: admin });
    expect(districts.body.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['gaoxin', 'wuhou']),
    );
    await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({
        name: '武侯区妇幼保健院',
        districtCode: 'wuhou',
        kind: 'maternal_child_health_institute',
      }),
    });
    const page = await h.request(
      'GET',
      `/api/v1/members?district=wuhou&q=${encodeURIComponent('妇幼')}&limit=10`,
      { token: admin },
    );
    expect({ status: page.status, body: page.body }).toMatchObject({
      status: 200,
      body: { items: expect.any(Array) },
    });
    expect(page.body.items.map((m: { name: string }) => m.name)).toEqual(['武侯区妇幼保健院']);
    // The page passes through as membership's JSON: still JSON to clients, and no contacts in it.
    expect(page.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(page.body.items[0]).not.toHaveProperty('contacts');
    expect(page.body.items[0]).not.toHaveProperty('address');
    expect(page.body.nextCursor).toBeNull();
    const figures = await h.request('GET', '/api/v1/members/figures/districts', { token: admin });
    expect(figures.status).toBe(200);
    expect(
      figures.body.districts.find((d: { districtCode: string }) => d.districtCode === 'wuhou').membersByStatus
        .applied,
    ).toBe(1);
  });
});
