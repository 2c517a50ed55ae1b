import { join } from 'node:path';
import { waitFor, WORKSPACE_ROOT } from '@alliance/testing';
import { ADMIN_USERNAME, application, GatewayHarness } from './support/gateway-harness';

// The launcher's demo seeds, loaded from the workspace as `npm start` runs them (plain JS, not a library).
const launcher = (file: string) => require(join(WORKSPACE_ROOT, 'tools/start', file));
const { seedDemoAlliance } = launcher('demo-seed.js');
const { seedDemoTraining } = launcher('demo-training.js');

// Answers are read as loose JSON; the assertions say what they expect of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const inDays = (days: number, hour: number) => {
  const date = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;
};

describe('training end to end: membership, training and the gateway as processes, spoken to over HTTP', () => {
  const h = new GatewayHarness('gw-training', { training: true });
  let admin: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  async function ok<T = Json>(method: string, path: string, token: string, body?: unknown): Promise<T> {
    const answer = await h.request(method, path, { token, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as T;
  }

  /** Applies and admits an organisation through membership; training learns of it from the events only. */
  async function admitted(name: string): Promise<string> {
    const applied = await ok('POST', '/api/v1/members', admin, application({ name }));
    await ok('POST', `/api/v1/members/${applied.id}/admit`, admin, { expectedVersion: applied.version });
    return applied.id as string;
  }

  /** Registers a person once training's projection has the organisation admitted (retries its 422). */
  function staffOf(token: string, organisationId: string, name: string): Promise<Json> {
    return waitFor(
      async () => {
        const answer = await h.request('POST', '/api/v1/staff', {
          token,
          body: { organisationId, name, role: 'caregiver', hiredOn: '2024-09-01' },
        });
        if (answer.status === 422) return null;
        if (answer.status !== 201) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
        return answer.body;
      },
      { timeoutMs: 20_000, what: `${name} registered (training to learn of the admission)` },
    );
  }

  it('the demo data of `npm start` loads through the API; a certificate verifies in public with the name masked, and verification is rate-limited', async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (m: string) => warnings.push(m) };
    const config = {
      adminUsername: ADMIN_USERNAME,
      adminPassword: h.adminPassword,
      root: WORKSPACE_ROOT,
    };
    await seedDemoAlliance({ baseUrl: h.baseUrl, config, log });
    await seedDemoTraining({ baseUrl: h.baseUrl, config, log });
    expect(warnings).toEqual([]);

    const courses = await ok('GET', '/api/v1/courses?limit=100', admin);
    expect(courses.items.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['FA-101', 'RC-201']),
    );
    const firstAid = courses.items.find((c: { code: string }) => c.code === 'FA-101');
    const certificates = await ok('GET', `/api/v1/certificates?courseId=${firstAid.id}`, admin);
    expect(certificates.items).toHaveLength(5);
    const sessions = await ok('GET', '/api/v1/sessions?limit=100', admin);
    const upcoming = sessions.items.find((s: { courseCode: string }) => s.courseCode === 'RC-201');
    expect(upcoming).toMatchObject({ confirmedCount: 4, waitlistCount: 1, status: 'scheduled' });

    const certificate = certificates.items[0];
    const verified = await h.request('GET', `/api/v1/certificates/verify/${certificate.code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ validity: 'valid', courseTitle: '婴幼儿急救', hours: 8 });
    expect(verified.body.holderName).toMatch(/^.\*+.?$/u);
    expect(JSON.stringify(verified.body)).not.toContain(certificate.holderName);

    // Running the seed again changes nothing.
    await seedDemoTraining({ baseUrl: h.baseUrl, config, log });
    expect((await ok('GET', `/api/v1/certificates?courseId=${firstAid.id}`, admin)).items).toHaveLength(5);

    const answers = [];
    for (let i = 0; i < 35; i++)
      answers.push(await h.request('GET', `/api/v1/certificates/verify/${certificate.code}`));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0].headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited[0].body.code).toBe('RATE_LIMITED');
  });

  it('membership suspends an organisation: its staff’s future enrolments end and the waitlist moves up, with no request to training; reinstated, its staff enrol again', async () => {
    const suspendedOrg = await admitted('托育甲（将被暂停）');
    const otherOrg = await admitted('托育乙');
    const repA = (await h.account(admin, 'rep-a', 'member_rep', suspendedOrg)).token;
    const repB = (await h.account(admin, 'rep-b', 'member_rep', otherOrg)).token;
    const trainer = await h.account(admin, 'trainer-e2e', 'trainer');
    const a1 = await staffOf(repA, suspendedOrg, '甲一');
    const a2 = await staffOf(repA, suspendedOrg, '甲二');
    const b1 = await staffOf(repB, otherOrg, '乙一');
    const b2 = await staffOf(repB, otherOrg, '乙二');

    const draft = await ok('POST', '/api/v1/courses', trainer.token, {
      code: 'E2E-101',
      title: '婴幼儿急救',
      category: 'safety_and_first_aid',
      creditHours: 8,
      targetRoles: ['caregiver'],
      certificateValidityMonths: 24,
    });
    await ok('POST', `/api/v1/courses/${draft.id}/publish`, trainer.token, { expectedVersion: 1 });
    const session = await ok('POST', '/api/v1/sessions', trainer.token, {
      courseId: draft.id,
      trainerIds: [trainer.id],
      meetings: [{ startsAt: inDays(30, 9), endsAt: inDays(30, 12) }],
      location: { kind: 'address', address: '成都市高新区' },
      capacity: 2,
    });
    for (const [token, person] of [
      [repA, a1],
      [repA, a2],
      [repB, b1],
      [repB, b2],
    ]) {
      await ok('POST', '/api/v1/enrolments', token, { sessionId: session.id, staffId: person.id });
    }

    // The only request: membership suspends the organisation.
    const member = await ok('GET', `/api/v1/members/${suspendedOrg}`, admin);
    await ok('POST', `/api/v1/members/${suspendedOrg}/suspend`, admin, {
      expectedVersion: member.version,
      reason: '消防检查未通过',
    });

    const enrolments = await waitFor(
      async () => {
        const list = await ok<Json[]>('GET', `/api/v1/sessions/${session.id}/enrolments`, admin);
        const confirmed = list.filter((e) => e.status === 'confirmed').map((e) => e.staffId);
        return confirmed.length === 2 && confirmed.includes(b1.id) && confirmed.includes(b2.id) ? list : null;
      },
      {
        timeoutMs: 20_000,
        what: 'the suspended organisation’s enrolments cancelled and the waitlist promoted',
      },
    );
    const cancelled = enrolments.filter((e) => e.status === 'cancelled');
    expect(cancelled.map((e) => e.staffId).sort()).toEqual([a1.id, a2.id].sort());
    expect(cancelled[0].cancellationReason).toContain('消防检查未通过');
    expect(
      enrolments
        .filter((e) => e.promoted)
        .map((e) => e.staffId)
        .sort(),
    ).toEqual([b1.id, b2.id].sort());
    const refused = await h.request('POST', '/api/v1/enrolments', {
      token: repA,
      body: { sessionId: session.id, staffId: a1.id },
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      detail: expect.stringContaining('is suspended'),
      reason: 'organisation_not_admitted',
      organisationStatus: 'suspended',
    });

    const suspended = await ok('GET', `/api/v1/members/${suspendedOrg}`, admin);
    await ok('POST', `/api/v1/members/${suspendedOrg}/reinstate`, admin, {
      expectedVersion: suspended.version,
    });
    const again = await waitFor(
      async () => {
        const answer = await h.request('POST', '/api/v1/enrolments', {
          token: repA,
          body: { sessionId: session.id, staffId: a1.id },
        });
        return answer.status === 201 ? answer.body : null;
      },
      { timeoutMs: 20_000, what: 'the reinstated organisation’s staff to be enrolled again' },
    );
    expect(again).toMatchObject({ staffId: a1.id, status: 'waitlisted', waitlistPosition: 1 });
  });

  it('bad input answers 400 problem+json naming the field, never a 500', async () => {
    const answer = await h.request('POST', '/api/v1/staff', {
      token: admin,
      body: {
        organisationId: '00000000-0000-4000-8000-000000000000',
        name: '王五',
        role: 'nanny',
        hiredOn: '2024-13-01',
        residentId: '510104199003077312',
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const fields = (answer.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['hiredOn', 'residentId', 'role']);
    const trainer = await h.account(admin, 'trainer-bad-input', 'trainer');
    const notTrainer = await h.request('POST', '/api/v1/sessions', {
      token: admin,
      body: {
        courseId: '00000000-0000-4000-8000-000000000000',
        trainerIds: [trainer.id, 'someone-else'],
        meetings: [{ startsAt: inDays(3, 9), endsAt: inDays(3, 12) }],
        location: { kind: 'address', address: '成都' },
        capacity: 5,
      },
    });
    expect(notTrainer.status).toBe(400);
    expect(notTrainer.body.errors).toEqual([expect.objectContaining({ field: 'trainerIds.1' })]);
    const meetings = await h.request('POST', '/api/v1/sessions', {
      token: admin,
      body: {
        courseId: '00000000-0000-4000-8000-000000000000',
        trainerIds: [trainer.id],
        meetings: [{ startsAt: inDays(3, 12), endsAt: inDays(3, 9) }],
        location: { kind: 'address', address: '成都' },
        capacity: 5,
      },
    });
    expect(meetings.status).toBe(400);
    expect(meetings.body.errors).toEqual([expect.objectContaining({ field: 'meetings.0.endsAt' })]);
  });
});
