import { randomUUID } from 'node:crypto';
import {
  TrainingEvent,
  TrainingRpc,
  type CourseView,
  type EnrolmentView,
  type ExpiringItemsView,
  type HoursLedgerView,
  type SessionCompletionView,
  type SessionEventData,
  type SessionView,
  type StaffView,
  type TrainingRecordView,
} from '@alliance/contracts/training';
import { inHours, INSPECTOR, memberRep, TRAINER, TrainingHarness } from './training-harness';

describe('courses, sessions and records over their lifecycle (real PostgreSQL and NATS)', () => {
  const h = new TrainingHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('a retired course takes no new sessions; its scheduled ones stay', async () => {
    const course = await h.publishedCourse();
    const session = await h.schedule(course.id);
    await h.call<CourseView>(TrainingRpc.retireCourse, {
      id: course.id,
      expectedVersion: 2,
      reason: '教材更新',
    });
    const refused = await h.refusal(TrainingRpc.scheduleSession, {
      courseId: course.id,
      trainerIds: ['t-retired'],
      meetings: [{ startsAt: inHours(900), endsAt: inHours(901) }],
      location: { kind: 'address', address: '成都' },
      capacity: 5,
    });
    expect(refused).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { reason: 'course_not_published' },
    });
    expect((await h.call<SessionView>(TrainingRpc.getSession, { id: session.id })).status).toBe('scheduled');
    const events = await h.outboxEvents(course.id);
    expect(events.map((e) => [e.type, e.aggregateVersion])).toEqual([
      [TrainingEvent.coursePublished, 1],
      [TrainingEvent.courseRetired, 2],
    ]);
  });

  it('rescheduling moves the meetings, is checked against the trainers’ other sessions, and tells the enrolled organisations', async () => {
    const org = await h.admittedOrganisation();
    const course = await h.publishedCourse();
    const trainer = `trainer-${randomUUID()}`;
    const base = Date.now();
    const at = (hours: number) => inHours(hours, base);
    const moving = await h.schedule(course.id, {
      trainerIds: [trainer],
      meetings: [{ startsAt: at(300), endsAt: at(302) }],
    });
    const other = await h.schedule(course.id, {
      trainerIds: [trainer],
      meetings: [{ startsAt: at(400), endsAt: at(402) }],
    });
    const person = await h.staff(org);
    await h.call(TrainingRpc.enrol, { sessionId: moving.id, staffId: person.id });

    const clash = await h.refusal(
      TrainingRpc.rescheduleSession,
      { id: moving.id, expectedVersion: moving.version, meetings: [{ startsAt: at(401), endsAt: at(403) }] },
      TRAINER,
    );
    expect(clash).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'trainer_clash', clashingSessionId: other.id },
    });

    const moved = await h.call<SessionView>(
      TrainingRpc.rescheduleSession,
      {
        id: moving.id,
        expectedVersion: moving.version,
        meetings: [{ startsAt: at(500), endsAt: at(503) }],
        reason: '场地调整',
      },
      TRAINER,
    );
    expect(moved).toMatchObject({ version: 2, hours: 3, startsAt: at(500) });
    const [, rescheduled] = await h.outboxEvents(moving.id);
    expect(rescheduled.type).toBe(TrainingEvent.sessionRescheduled);
    const data = rescheduled.data as unknown as SessionEventData;
    expect(data.affectedOrganisationIds).toEqual([org]);
    expect(data.previousMeetings?.[0].startsAt).toBe(at(300));
    // The old time is free for the trainer again.
    await h.schedule(course.id, {
      trainerIds: [trainer],
      meetings: [{ startsAt: at(300), endsAt: at(302) }],
    });
  });

  it('an admin moving a session into the past (to record it) keeps a valid enrolment window before it', async () => {
    const course = await h.publishedCourse();
    const base = Date.now();
    const session = await h.schedule(course.id, {
      meetings: [{ startsAt: inHours(48, base), endsAt: inHours(50, base) }],
    });
    const moved = await h.call<SessionView>(TrainingRpc.rescheduleSession, {
      id: session.id,
      expectedVersion: session.version,
      meetings: [{ startsAt: inHours(-30, base), endsAt: inHours(-28, base) }],
      reason: '补录 recorded afterwards',
    });
    expect(moved.startsAt).toBe(inHours(-30, base));
    expect(Date.parse(moved.enrolmentClosesAt)).toBe(Date.parse(inHours(-30, base)));
    expect(Date.parse(moved.enrolmentOpensAt)).toBeLessThan(Date.parse(moved.enrolmentClosesAt));
  });

  it('cancelling a session ends every enrolment with the reason and frees the trainers', async () => {
    const org = await h.admittedOrganisation();
    const course = await h.publishedCourse();
    const session = await h.schedule(course.id, { capacity: 1 });
    const [a, b] = [await h.staff(org), await h.staff(org)];
    await h.call(TrainingRpc.enrol, { sessionId: session.id, staffId: a.id });
    await h.call(TrainingRpc.enrol, { sessionId: session.id, staffId: b.id });
    const cancelled = await h.call<SessionView>(
      TrainingRpc.cancelSession,
      { id: session.id, expectedVersion: session.version, reason: '讲师生病' },
      TRAINER,
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellationReason: '讲师生病',
      confirmedCount: 0,
      waitlistCount: 0,
    });
    const list = await h.call<EnrolmentView[]>(TrainingRpc.listSessionEnrolments, { id: session.id });
    expect(list.map((e) => [e.status, e.promoted])).toEqual([
      ['cancelled', false],
      ['cancelled', false],
    ]);
    expect(list[0].cancellationReason).toContain('讲师生病');
  });

  it('representatives act for their own staff only; a person who left cannot be enrolled', async () => {
    const org = await h.admittedOrganisation();
    const stranger = await h.admittedOrganisation();
    const course = await h.publishedCourse();
    const session = await h.schedule(course.id);
    const person = await h.staff(org);
    const enrolled = await h.call<EnrolmentView>(
      TrainingRpc.enrol,
      { sessionId: session.id, staffId: person.id },
      memberRep(org),
    );
    expect(
      (
        await h.refusal(
          TrainingRpc.cancelEnrolment,
          { id: enrolled.id, expectedVersion: 1 },
          memberRep(stranger),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await h.refusal(TrainingRpc.enrol, { sessionId: session.id, staffId: person.id }, memberRep(stranger)))
        .code,
    ).toBe('FORBIDDEN');
    await h.call(TrainingRpc.cancelEnrolment, { id: enrolled.id, expectedVersion: 1 }, memberRep(org));
    const left = await h.call<StaffView>(
      TrainingRpc.staffLeaves,
      { id: person.id, expectedVersion: person.version, leftOn: '2026-10-31', reason: '离职' },
      memberRep(org),
    );
    expect(left).toMatchObject({ status: 'left', leftOn: '2026-10-31' });
    const refused = await h.refusal(
      TrainingRpc.enrol,
      { sessionId: session.id, staffId: person.id },
      memberRep(org),
    );
    expect(refused.details).toMatchObject({ reason: 'staff_not_active' });
    expect((await h.outboxEvents(person.id)).map((e) => e.type)).toEqual([
      TrainingEvent.staffRegistered,
      TrainingEvent.staffLeft,
    ]);
  });

  it('hours ledger per person and organisation, a person’s training record, and the expiry list', async () => {
    const org = await h.admittedOrganisation('成都天府国际生物城第一幼儿园');
    const course = await h.publishedCourse({
      title: '回应性照护',
      creditHours: 12,
      certificateValidityMonths: 1,
    });
    const session = await h.schedule(course.id, {
      meetings: [{ startsAt: inHours(-50), endsAt: inHours(-47) }],
      enrolmentOpensAt: inHours(-100),
      enrolmentClosesAt: inHours(-50),
    });
    const [a, b] = [
      await h.staff(org, { name: '唐老师', role: 'teacher' }),
      await h.staff(org, { name: '宋老师', role: 'teacher' }),
    ];
    for (const p of [a, b]) await h.call(TrainingRpc.enrol, { sessionId: session.id, staffId: p.id });
    await h.call(TrainingRpc.recordAttendance, {
      sessionId: session.id,
      marks: [
        { meetingId: session.meetings[0].id, staffId: a.id, status: 'present' },
        { meetingId: session.meetings[0].id, staffId: b.id, status: 'absent' },
      ],
    });
    const done = await h.call<SessionCompletionView>(TrainingRpc.completeSession, {
      id: session.id,
      expectedVersion: 1,
    });
    expect(done.results.filter((r) => r.completed).map((r) => r.staffId)).toEqual([a.id]);

    // The year in Asia/Shanghai, as the ledger counts it.
    const year = Number(
      new Date(Date.parse(done.session.completedAt ?? '') + 8 * 3_600_000).toISOString().slice(0, 4),
    );
    const ledger = await h.call<HoursLedgerView>(
      TrainingRpc.hoursLedger,
      { year, organisationId: org },
      INSPECTOR,
    );
    expect(ledger).toMatchObject({
      year,
      totalHours: 12,
      organisations: [
        { organisationId: org, organisationName: '成都天府国际生物城第一幼儿园', hours: 12, people: 1 },
      ],
      people: [{ staffId: a.id, name: '唐老师', hours: 12, certificates: 1 }],
    });
    const record = await h.call<TrainingRecordView>(TrainingRpc.trainingRecord, { id: a.id }, memberRep(org));
    expect(record.hoursByYear).toEqual([{ year, hours: 12 }]);
    expect(record.certificates).toHaveLength(1);

    // A one-month certificate is due within 40 days.
    const expiring = await h.call<ExpiringItemsView>(
      TrainingRpc.expiringItems,
      { withinDays: 40, organisationId: org },
      memberRep(org),
    );
    expect(expiring.items).toEqual([
      expect.objectContaining({ kind: 'certificate', staffId: a.id, what: `${course.code} 回应性照护` }),
    ]);
    expect(expiring.items[0].daysLeft).toBeGreaterThan(20);
    const none = await h.call<ExpiringItemsView>(TrainingRpc.expiringItems, {
      withinDays: 5,
      organisationId: org,
    });
    expect(none.items).toEqual([]);

    // Once attendance is recorded, the meetings stay where they were (an admin may still cancel the session).
    const running = await h.schedule(course.id, {
      meetings: [
        { startsAt: inHours(-3), endsAt: inHours(-1) },
        { startsAt: inHours(45), endsAt: inHours(47) },
      ],
      enrolmentOpensAt: inHours(-100),
      enrolmentClosesAt: inHours(-3),
    });
    await h.call(TrainingRpc.enrol, { sessionId: running.id, staffId: b.id });
    await h.call(TrainingRpc.recordAttendance, {
      sessionId: running.id,
      marks: [{ meetingId: running.meetings[0].id, staffId: b.id, status: 'present' }],
    });
    const moved = await h.refusal(TrainingRpc.rescheduleSession, {
      id: running.id,
      expectedVersion: running.version,
      meetings: [{ startsAt: inHours(70), endsAt: inHours(72) }],
    });
    expect(moved.code).toBe('ILLEGAL_TRANSITION');
  });
});
