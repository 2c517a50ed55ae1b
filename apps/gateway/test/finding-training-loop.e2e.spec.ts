import { randomUUID } from 'node:crypto';
import { waitFor } from '@alliance/testing';
import { application, GatewayHarness } from './support/gateway-harness';

// Tests read answers as loose JSON and let the assertions say what they expect of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const HOUR = 3_600_000;
/** An instant `hours` from now, whole minutes. */
const inHours = (hours: number) =>
  new Date(Math.floor((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString();

/**
 * Finding → training → closure with every service as a process (membership, training, compliance; the gateway
 * in-process), spoken to over HTTP only: the services act on each other through their events.
 */
describe('finding → training requirement → certificates as evidence → closure (processes, HTTP only)', () => {
  const h = new GatewayHarness('gw-loop', { training: true, compliance: true });
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
      { timeoutMs: 30_000, what: `${name} registered (training to learn of the admission)` },
    );
  }

  async function publishedCourse(
    token: string,
    code: string,
    title: string,
    category: string,
  ): Promise<Json> {
    const draft = await ok('POST', '/api/v1/courses', token, {
      code,
      title,
      category,
      creditHours: 4,
      targetRoles: [],
      certificateValidityMonths: 24,
    });
    return ok('POST', `/api/v1/courses/${draft.id}/publish`, token, { expectedVersion: draft.version });
  }

  /** A session that was held: an admin records it back-dated, enrols, marks everyone present and completes it. */
  async function heldSession(courseId: string, trainerId: string, fromHours: number, staffIds: string[]) {
    const session = await ok('POST', '/api/v1/sessions', admin, {
      courseId,
      trainerIds: [trainerId],
      meetings: [{ startsAt: inHours(fromHours), endsAt: inHours(fromHours + 2) }],
      location: { kind: 'address', address: '成都市锦江区' },
      capacity: 10,
      enrolmentOpensAt: inHours(fromHours - 100),
      enrolmentClosesAt: inHours(fromHours),
    });
    for (const staffId of staffIds)
      await ok('POST', '/api/v1/enrolments', admin, { sessionId: session.id, staffId });
    return complete(session, staffIds, admin);
  }

  async function complete(session: Json, staffIds: string[], token: string): Promise<Json[]> {
    await ok('POST', `/api/v1/sessions/${session.id}/attendance`, token, {
      marks: staffIds.map((staffId) => ({ meetingId: session.meetings[0].id, staffId, status: 'present' })),
    });
    const current = await ok('GET', `/api/v1/sessions/${session.id}`, token);
    const done = await ok('POST', `/api/v1/sessions/${session.id}/complete`, token, {
      expectedVersion: current.version,
    });
    return done.results;
  }

  it('a failed staff-training criterion opens a requirement for the centre, its staff train, their certificate reaches the action as evidence, the inspector closes it and the requirement closes', async () => {
    const centre = await admitted('锦江区小蜜蜂托育中心');
    const neighbour = await admitted('锦江区小星星托育中心');
    const rep = await h.account(admin, 'loop-rep', 'member_rep', centre);
    const otherRep = await h.account(admin, 'loop-rep-other', 'member_rep', neighbour);
    const trainer = await h.account(admin, 'loop-trainer', 'trainer');
    const inspector = await h.account(admin, 'loop-inspector', 'inspector');

    const code = `LOOP-${randomUUID().slice(0, 6).toUpperCase()}`;
    const draft = await ok('POST', '/api/v1/standards', admin, {
      code,
      title: '托育机构保育人员培训专项',
      issuer: '成都市托育服务联盟',
      effectiveFrom: '2026-01-01',
      totalPoints: 100,
      gradeBands: [
        { grade: 'A', minPercent: 90 },
        { grade: 'B', minPercent: 75 },
        { grade: 'C', minPercent: 60 },
        { grade: 'D', minPercent: 0 },
      ],
      areas: [
        {
          code: 'STA',
          title: '托育队伍 staff',
          maxPoints: 100,
          criteria: [
            {
              code: 'STA-1',
              text: '保育人员均接受婴幼儿急救培训并持证 caregivers hold a first-aid training certificate',
              points: 60,
              evidenceRequired: true,
              veto: false,
              appliesTo: [],
              trainingCategory: 'safety_and_first_aid',
            },
            {
              code: 'STA-2',
              text: '人员健康证齐全',
              points: 40,
              evidenceRequired: false,
              veto: false,
              appliesTo: [],
            },
          ],
        },
      ],
    });
    const standard = await ok('POST', `/api/v1/standards/${draft.id}/publish`, admin, {
      expectedVersion: draft.version,
    });

    const firstAid = await publishedCourse(trainer.token, `FA-${code}`, '婴幼儿急救', 'safety_and_first_aid');
    const management = await publishedCourse(trainer.token, `MG-${code}`, '托育机构管理', 'management');
    const upcoming = await ok('POST', '/api/v1/sessions', trainer.token, {
      courseId: firstAid.id,
      trainerIds: [trainer.id],
      meetings: [{ startsAt: inHours(24 * 30), endsAt: inHours(24 * 30 + 2) }],
      location: { kind: 'address', address: '成都市锦江区东大街' },
      capacity: 5,
      enrolmentOpensAt: inHours(-200),
    });

    const caregiver = await staffOf(rep.token, centre, '王保育');
    const earlier = await staffOf(rep.token, centre, '李保育');
    const director = await staffOf(rep.token, centre, '赵园长');
    const neighbourStaff = await staffOf(otherRep.token, neighbour, '陈保育');

    // Trained before the audit: that certificate says nothing about the finding to come.
    const [before] = await heldSession(firstAid.id, trainer.id, -40, [earlier.id]);
    expect(before.completed).toBe(true);

    const plan = await ok('POST', '/api/v1/audits', inspector.token, {
      organisationId: centre,
      standardId: standard.id,
      kind: 'routine',
      plannedDate: '2030-05-06',
    });
    let audit = await ok('POST', `/api/v1/audits/${plan.id}/start`, inspector.token, {
      expectedVersion: plan.version,
    });
    const [failed, passed] = standard.areas[0].criteria;
    await ok('PUT', `/api/v1/audits/${audit.id}/answers/${failed.id}`, inspector.token, {
      result: 'not_met',
    });
    audit = await ok('PUT', `/api/v1/audits/${audit.id}/answers/${passed.id}`, inspector.token, {
      result: 'met',
    });
    audit = await ok('POST', `/api/v1/audits/${audit.id}/submit`, inspector.token, {
      expectedVersion: audit.version,
    });
    const [finding] = audit.findings;
    expect([finding.criterionCode, finding.trainingCategory, finding.action.status]).toEqual([
      'STA-1',
      'safety_and_first_aid',
      'open',
    ]);

    // The requirement appears for the centre's representative and for trainers, with the matching course.
    const listed = await waitFor(
      async () => {
        const page = await ok('GET', '/api/v1/training/requirements', rep.token);
        return page.items.length > 0 ? page.items : null;
      },
      { timeoutMs: 30_000, what: 'the training requirement for the centre' },
    );
    expect(listed).toHaveLength(1);
    const [requirement] = listed;
    expect(requirement).toMatchObject({
      organisationId: centre,
      organisationName: '锦江区小蜜蜂托育中心',
      category: 'safety_and_first_aid',
      findingId: finding.id,
      actionId: finding.action.id,
      auditId: audit.id,
      criterionCode: 'STA-1',
      status: 'open',
      certificateIds: [],
    });
    expect(requirement.courses.map((c: Json) => c.id)).toEqual([firstAid.id]);
    expect(requirement.courses.map((c: Json) => c.id)).not.toContain(management.id);
    expect(requirement.courses[0].sessions).toEqual([
      expect.objectContaining({ id: upcoming.id, capacity: 5, freeSeats: 5 }),
    ]);
    const forTrainer = await ok(
      'GET',
      `/api/v1/training/requirements?organisationId=${centre}&status=open&category=safety_and_first_aid`,
      trainer.token,
    );
    expect(forTrainer.items.map((r: Json) => r.id)).toEqual([requirement.id]);

    // Another organisation's representative sees none of it.
    const otherList = await ok('GET', '/api/v1/training/requirements', otherRep.token);
    expect(otherList.items).toEqual([]);
    const refused = await h.request('GET', `/api/v1/training/requirements/${requirement.id}`, {
      token: otherRep.token,
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    const refusedFilter = await h.request('GET', `/api/v1/training/requirements?organisationId=${centre}`, {
      token: otherRep.token,
    });
    expect(refusedFilter.status).toBe(403);
    const badFilter = await h.request('GET', '/api/v1/training/requirements?status=done', { token: admin });
    expect([badFilter.status, badFilter.body.errors?.[0]?.field]).toEqual([400, 'status']);

    // Certificates after the finding that do not match: another organisation's staff, another category.
    const [elsewhere] = await heldSession(firstAid.id, trainer.id, -30, [neighbourStaff.id]);
    const [otherCategory] = await heldSession(management.id, trainer.id, -20, [director.id]);
    expect([elsewhere.completed, otherCategory.completed]).toEqual([true, true]);

    // The centre's caregiver enrols in the matching session, which is then held (an admin records its real,
    // earlier date: the test cannot wait for a month) and completed by its trainer.
    await ok('POST', '/api/v1/enrolments', rep.token, { sessionId: upcoming.id, staffId: caregiver.id });
    const seated = await ok('GET', `/api/v1/training/requirements/${requirement.id}`, rep.token);
    expect(seated.courses[0].sessions[0].freeSeats).toBe(4);
    const held = await ok('POST', `/api/v1/sessions/${upcoming.id}/reschedule`, admin, {
      expectedVersion: upcoming.version,
      meetings: [{ startsAt: inHours(-3), endsAt: inHours(-1) }],
      reason: '按实际开课时间补录 recorded as held',
    });
    const [trained] = await complete(held, [caregiver.id], trainer.token);
    expect(trained).toMatchObject({ staffId: caregiver.id, completed: true });
    const certificateId = trained.certificateId as string;

    // The certificate reaches the corrective action as evidence; the action awaits the inspector's verification.
    const action = await waitFor(
      async () => {
        const current = await ok('GET', `/api/v1/corrective-actions/${finding.action.id}`, inspector.token);
        return current.action.status === 'submitted' ? current.action : null;
      },
      { timeoutMs: 30_000, what: 'the certificate as evidence of the corrective action' },
    );
    expect(action.evidence).toHaveLength(1);
    const certificates = await ok('GET', `/api/v1/certificates?staffId=${caregiver.id}`, admin);
    const verificationCode = certificates.items[0].code as string;
    expect(action.evidence[0]).toMatchObject({
      kind: 'link',
      url: `/api/v1/certificates/verify/${verificationCode}`,
      addedBy: 'training',
      certificate: { certificateId, number: verificationCode, staffId: caregiver.id, revokedAt: null },
    });
    // Its link is the public verification page.
    const verified = await h.request('GET', action.evidence[0].url);
    expect([verified.status, verified.body.validity]).toEqual([200, 'valid']);
    // The representative sees it on the audit too.
    const seen = await ok('GET', `/api/v1/audits/${audit.id}`, rep.token);
    expect(seen.findings[0].action.evidence.map((e: Json) => e.certificate?.certificateId)).toEqual([
      certificateId,
    ]);

    const met = await waitFor(
      async () => {
        const current = await ok('GET', `/api/v1/training/requirements/${requirement.id}`, rep.token);
        return current.status === 'met' ? current : null;
      },
      { timeoutMs: 30_000, what: 'the requirement met' },
    );
    expect(met.certificateIds).toEqual([certificateId]);

    const closed = await ok(
      'POST',
      `/api/v1/corrective-actions/${finding.action.id}/close`,
      inspector.token,
      {
        expectedVersion: action.version,
        note: '证书已核验 certificate verified',
      },
    );
    expect(closed.action.status).toBe('closed');
    const done = await waitFor(
      async () => {
        const current = await ok('GET', `/api/v1/training/requirements/${requirement.id}`, trainer.token);
        return current.status === 'closed' ? current : null;
      },
      { timeoutMs: 30_000, what: 'the requirement closed' },
    );
    expect(done.certificateIds).toEqual([certificateId]);
    const open = await ok('GET', '/api/v1/training/requirements?status=open', rep.token);
    expect(open.items).toEqual([]);
  });
});
