import { randomUUID } from 'node:crypto';
import {
  TrainingEvent,
  TrainingRpc,
  type CertificatePage,
  type CertificateVerification,
  type CertificateView,
  type ExpiryCheckView,
  type SessionCompletionView,
  type SessionView,
} from '@alliance/contracts/training';
import { inHours, memberRep, residentId, TRAINER, TrainingHarness } from './training-harness';

describe('sessions: trainer clashes, enrolment refusals, completion, certificates (real PostgreSQL and NATS)', () => {
  const h = new TrainingHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('two overlapping sessions for one trainer created at the same instant: one succeeds, the other is refused naming the clash', async () => {
    const course = await h.publishedCourse();
    const trainer = `trainer-${randomUUID()}`;
    const base = Date.now();
    const body = (startHours: number) => ({
      courseId: course.id,
      trainerIds: [trainer],
      meetings: [{ startsAt: inHours(startHours, base), endsAt: inHours(startHours + 2, base) }],
      location: { kind: 'online', url: 'https://meeting.example.cn/room/1' },
      capacity: 10,
    });
    // 10:00–12:00 and 11:00–13:00 (relative), sent together.
    const outcomes = await Promise.allSettled([
      h.call<SessionView>(TrainingRpc.scheduleSession, body(200), TRAINER),
      h.call<SessionView>(TrainingRpc.scheduleSession, body(201), TRAINER),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled') as Array<
      PromiseFulfilledResult<SessionView>
    >;
    const lost = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0].value;
    const refusal = lost[0].reason.payload;
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      details: {
        reason: 'trainer_clash',
        trainerId: trainer,
        clashingSessionId: winner.id,
        clashStartsAt: winner.meetings[0].startsAt,
        clashEndsAt: winner.meetings[0].endsAt,
      },
    });
    expect(refusal.message).toContain(winner.id);
    expect(refusal.message).toContain(winner.meetings[0].local);
    // Back to back is not a clash; a cancelled session frees its trainers' time.
    const startHours = Math.round((Date.parse(winner.meetings[0].startsAt) - base) / 3_600_000);
    await h.call<SessionView>(TrainingRpc.scheduleSession, body(startHours + 2), TRAINER);
    await h.call(TrainingRpc.cancelSession, {
      id: winner.id,
      expectedVersion: winner.version,
      reason: '讲师调整',
    });
    const again = await h.call<SessionView>(TrainingRpc.scheduleSession, body(startHours), TRAINER);
    expect(again.meetings[0].startsAt).toBe(winner.meetings[0].startsAt);
    const [bookings] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM trainer_booking WHERE session_id = $1`,
      [winner.id],
    );
    expect(bookings.n).toBe(0);
  });

  it('prerequisite, target role, overlapping enrolment and enrolment window each refuse with their own reason', async () => {
    const organisationId = await h.admittedOrganisation('因特贝托育');
    const rep = memberRep(organisationId);
    const basics = await h.publishedCourse({ title: '婴幼儿急救基础', targetRoles: [] });
    const advanced = await h.publishedCourse({
      title: '婴幼儿急救进阶',
      targetRoles: ['caregiver', 'health_staff'],
      prerequisiteCourseIds: [basics.id],
    });
    const caregiver = await h.staff(organisationId, { role: 'caregiver' }, rep);
    const cook = await h.staff(organisationId, { role: 'cook' }, rep);
    const advancedSession = await h.schedule(advanced.id, {
      meetings: [{ startsAt: inHours(500), endsAt: inHours(503) }],
    });

    const noPrerequisite = await h.refusal(
      TrainingRpc.enrol,
      { sessionId: advancedSession.id, staffId: caregiver.id },
      rep,
    );
    expect(noPrerequisite).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { reason: 'prerequisite_missing', missingCourseIds: [basics.id] },
    });
    const wrongRole = await h.refusal(
      TrainingRpc.enrol,
      { sessionId: advancedSession.id, staffId: cook.id },
      rep,
    );
    expect(wrongRole).toMatchObject({ details: { reason: 'role_not_targeted', role: 'cook' } });

    const first = await h.schedule(basics.id, {
      meetings: [{ startsAt: inHours(600), endsAt: inHours(603) }],
    });
    const overlapping = await h.schedule(basics.id, {
      meetings: [{ startsAt: inHours(602), endsAt: inHours(605) }],
    });
    await h.call(TrainingRpc.enrol, { sessionId: first.id, staffId: caregiver.id }, rep);
    const overlap = await h.refusal(
      TrainingRpc.enrol,
      { sessionId: overlapping.id, staffId: caregiver.id },
      rep,
    );
    expect(overlap).toMatchObject({
      details: { reason: 'overlapping_enrolment', clashingSessionId: first.id },
    });
    expect(overlap.message).toContain(first.meetings[0].local);

    const notYetOpen = await h.schedule(basics.id, {
      meetings: [{ startsAt: inHours(700), endsAt: inHours(702) }],
      enrolmentOpensAt: inHours(300),
    });
    const window = await h.refusal(TrainingRpc.enrol, { sessionId: notYetOpen.id, staffId: cook.id }, rep);
    expect(window).toMatchObject({ details: { reason: 'enrolment_window_closed' } });

    const reasons = [noPrerequisite, wrongRole, overlap, window].map(
      (r) => (r.details as { reason: string }).reason,
    );
    expect(new Set(reasons).size).toBe(4);
  });

  it('completion with a hand-worked attendance record issues certificates to exactly those at or over the threshold', async () => {
    const organisationId = await h.admittedOrganisation('成都电子科大立人托育中心');
    const course = await h.publishedCourse({
      title: '回应性照护',
      creditHours: 10,
      completionThresholdPercent: 80,
    });
    // Five meetings of two hours, held last month (an admin records a session held before).
    const meetings = [0, 1, 2, 3, 4].map((d) => ({
      startsAt: inHours(-24 * (30 - d)),
      endsAt: inHours(-24 * (30 - d) + 2),
    }));
    const session = await h.schedule(course.id, {
      meetings,
      enrolmentOpensAt: inHours(-24 * 60),
      enrolmentClosesAt: inHours(-24 * 30),
      capacity: 10,
    });
    const names = ['张三明', '王小红', '刘建国', '陈静'];
    const people = [];
    for (const [i, name] of names.entries()) {
      people.push(await h.staff(organisationId, { name, residentId: residentId(100 + i) }));
    }
    for (const p of people) await h.call(TrainingRpc.enrol, { sessionId: session.id, staffId: p.id });

    // Worked by hand: 张三明 5/5 = 100 %; 王小红 4/5 = 80 % (exactly the rule); 刘建国 3 present + 1 late
    // + 1 excused = 80 % (late counts, excused does not); 陈静 3/5 = 60 %.
    const plan: Record<string, string[]> = {
      张三明: ['present', 'present', 'present', 'present', 'present'],
      王小红: ['present', 'present', 'absent', 'present', 'present'],
      刘建国: ['present', 'late', 'present', 'excused', 'present'],
      陈静: ['present', 'absent', 'present', 'absent', 'present'],
    };
    const marks = people.flatMap((p) =>
      session.meetings.map((m, i) => ({ meetingId: m.id, staffId: p.id, status: plan[p.name][i] })),
    );
    await h.call(TrainingRpc.recordAttendance, { sessionId: session.id, marks }, TRAINER);

    const current = await h.call<SessionView>(TrainingRpc.getSession, { id: session.id });
    const done = await h.call<SessionCompletionView>(
      TrainingRpc.completeSession,
      { id: session.id, expectedVersion: current.version },
      TRAINER,
    );
    const byName = new Map(people.map((p) => [p.id, p.name]));
    expect(done.results.map((r) => [byName.get(r.staffId), r.attendedPercent, r.completed]).sort()).toEqual(
      [
        ['张三明', 100, true],
        ['王小红', 80, true],
        ['刘建国', 80, true],
        ['陈静', 60, false],
      ].sort(),
    );
    const page = await h.call<CertificatePage>(TrainingRpc.listCertificates, { sessionId: session.id });
    expect(page.items.map((c) => c.holderName).sort()).toEqual(['刘建国', '张三明', '王小红'].sort());
    for (const c of page.items) {
      expect(c.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
      expect(c).toMatchObject({ hours: 10, validity: 'valid' });
    }
    expect(new Set(page.items.map((c) => c.code)).size).toBe(3);
    const issued = await h.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1`, [
      TrainingEvent.certificateIssued,
    ]);
    expect(issued[0].n).toBeGreaterThanOrEqual(3);

    // Verification: valid, revoked, expired — the holder's name masked, never the ID number.
    const [zhang, wang, liu] = ['张三明', '王小红', '刘建国'].map((n) =>
      page.items.find((c) => c.holderName === n)!,
    );
    const valid = await h.call<CertificateVerification>(
      TrainingRpc.verifyCertificate,
      { code: zhang.code },
      null,
    );
    expect(valid).toMatchObject({
      validity: 'valid',
      holderName: '张*明',
      courseTitle: '回应性照护',
      hours: 10,
    });

    await h.call<CertificateView>(
      TrainingRpc.revokeCertificate,
      { id: wang.id, expectedVersion: wang.version, reason: '考核材料不实' },
      TRAINER,
    );
    const revoked = await h.call<CertificateVerification>(
      TrainingRpc.verifyCertificate,
      { code: wang.code },
      null,
    );
    expect(revoked).toMatchObject({ validity: 'revoked', holderName: '王*红' });
    expect(revoked.revokedOn).toEqual(expect.any(String));

    // Its validity ran out (as if issued 25 months ago with a 24-month validity).
    await h.dataSource.query(`UPDATE certificate SET expires_on = current_date - 1 WHERE id = $1`, [liu.id]);
    const expired = await h.call<CertificateVerification>(
      TrainingRpc.verifyCertificate,
      { code: liu.code },
      null,
    );
    expect(expired).toMatchObject({ validity: 'expired', holderName: '刘*国' });

    for (const answer of [valid, revoked, expired]) {
      const text = JSON.stringify(answer);
      for (const p of people) {
        expect(text).not.toContain(p.name);
        expect(text).not.toContain(residentId(100 + names.indexOf(p.name)));
      }
    }
    const unknown = await h.refusal(TrainingRpc.verifyCertificate, { code: 'ABCDEFGHJKMNPQRSTVWX' }, null);
    expect(unknown.code).toBe('NOT_FOUND');
    const malformed = await h.refusal(TrainingRpc.verifyCertificate, { code: 'short' }, null);
    expect(malformed).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'code' }] } });
  });

  it('the daily check announces each item coming due once, however often it runs', async () => {
    const organisationId = await h.admittedOrganisation();
    const today = new Date().toISOString().slice(0, 10);
    const inDays = (n: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const person = await h.staff(organisationId, {
      name: '周保健',
      role: 'health_staff',
      healthCertificateExpiresOn: inDays(10),
      qualifications: [
        {
          kind: '保育师证',
          number: `BY-${randomUUID().slice(0, 6)}`,
          issuedOn: '2020-01-01',
          expiresOn: inDays(20),
        },
      ],
    });
    const first = await h.call<ExpiryCheckView>(TrainingRpc.runExpiryCheck, { asOf: today, withinDays: 30 });
    const again = await Promise.all([
      h.call<ExpiryCheckView>(TrainingRpc.runExpiryCheck, { asOf: today, withinDays: 30 }),
      h.call<ExpiryCheckView>(TrainingRpc.runExpiryCheck, { asOf: today, withinDays: 30 }),
    ]);
    expect(first.announced).toBeGreaterThanOrEqual(2);
    expect(again.map((a) => a.announced)).toEqual([0, 0]);
    const events = (await h.dataSource.query(
      `SELECT payload FROM outbox WHERE event_type = $1 AND payload -> 'data' ->> 'staffId' = $2`,
      [TrainingEvent.certificateExpiring, person.id],
    )) as Array<{ payload: { data: { kind: string; expiresOn: string; daysLeft: number } } }>;
    expect(events.map((e) => e.payload.data).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      expect.objectContaining({ kind: 'health_certificate', expiresOn: inDays(10) }),
      expect.objectContaining({ kind: 'qualification', expiresOn: inDays(20) }),
    ]);
  });
});
