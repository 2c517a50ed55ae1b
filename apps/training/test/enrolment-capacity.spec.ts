import {
  TrainingEvent,
  TrainingRpc,
  type EnrolmentView,
  type SessionView,
  type StaffView,
} from '@alliance/contracts/training';
import { TrainingHarness } from './training-harness';

describe('enrolment: capacity, waitlist in request order and promotion under concurrency (real PostgreSQL and NATS)', () => {
  const h = new TrainingHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('50 requests at once for 20 seats: exactly 20 confirmed, 30 waitlisted in request order; cancelling 5 promotes the next 5 in order', async () => {
    const organisationId = await h.admittedOrganisation('咿薇托育');
    const course = await h.publishedCourse({ title: '回应性照护' });
    const session = await h.schedule(course.id, { capacity: 20 });
    const people: StaffView[] = [];
    for (let i = 0; i < 50; i++) people.push(await h.staff(organisationId, { name: `保育员${i}` }));

    const answers = await Promise.all(
      people.map((p) => h.call<EnrolmentView>(TrainingRpc.enrol, { sessionId: session.id, staffId: p.id })),
    );

    const confirmed = answers.filter((a) => a.status === 'confirmed');
    const waitlisted = answers.filter((a) => a.status === 'waitlisted');
    expect(confirmed).toHaveLength(20);
    expect(waitlisted).toHaveLength(30);
    // Requests are numbered in the order they reached the session's lock: 1–20 seated, 21–50 waiting in turn.
    expect(answers.map((a) => a.requestNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    expect(confirmed.map((a) => a.requestNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    for (const w of waitlisted) expect(w.waitlistPosition).toBe(w.requestNumber - 20);
    const byNumber = [...answers].sort((a, b) => a.requestNumber - b.requestNumber);
    for (let i = 1; i < byNumber.length; i++) {
      expect(Date.parse(byNumber[i].requestedAt)).toBeGreaterThanOrEqual(
        Date.parse(byNumber[i - 1].requestedAt),
      );
    }

    const [counts] = await h.dataSource.query(
      `SELECT confirmed_count, waitlist_count,
              (SELECT count(*)::int FROM enrolment WHERE session_id = $1 AND status = 'confirmed') AS confirmed_rows
         FROM session WHERE id = $1`,
      [session.id],
    );
    expect(counts).toEqual({ confirmed_count: 20, waitlist_count: 30, confirmed_rows: 20 });
    const view = await h.call<SessionView>(TrainingRpc.getSession, { id: session.id });
    expect(view).toMatchObject({ confirmedCount: 20, waitlistCount: 30 });

    // Five confirmed seats given up at once: the first five waitlisted get them, in order.
    const leaving = confirmed.slice(0, 5);
    await Promise.all(
      leaving.map((e) =>
        h.call<EnrolmentView>(TrainingRpc.cancelEnrolment, {
          id: e.id,
          expectedVersion: e.version,
          reason: '临时有事',
        }),
      ),
    );
    const list = await h.call<EnrolmentView[]>(TrainingRpc.listSessionEnrolments, { id: session.id });
    const nowConfirmed = list.filter((e) => e.status === 'confirmed');
    expect(nowConfirmed).toHaveLength(20);
    const promoted = nowConfirmed.filter((e) => e.promoted).map((e) => e.requestNumber);
    expect(promoted).toEqual([21, 22, 23, 24, 25]);
    const stillWaiting = list.filter((e) => e.status === 'waitlisted');
    expect(stillWaiting.map((e) => e.requestNumber)).toEqual(Array.from({ length: 25 }, (_, i) => i + 26));
    expect(stillWaiting.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));

    // One promotion event per freed seat, written in waitlist order.
    const promotions = (await h.dataSource.query(
      `SELECT payload FROM outbox WHERE event_type = $1 ORDER BY id`,
      [TrainingEvent.enrolmentPromoted],
    )) as Array<{ payload: { data: { requestNumber: number; sessionId: string } } }>;
    expect(
      promotions
        .filter((p) => p.payload.data.sessionId === session.id)
        .map((p) => p.payload.data.requestNumber),
    ).toEqual([21, 22, 23, 24, 25]);
  });

  it('the same person twice at once: one enrolment, the other refused as already enrolled', async () => {
    const organisationId = await h.admittedOrganisation();
    const course = await h.publishedCourse();
    const session = await h.schedule(course.id);
    const person = await h.staff(organisationId);
    const outcomes = await Promise.allSettled([
      h.call<EnrolmentView>(TrainingRpc.enrol, { sessionId: session.id, staffId: person.id }),
      h.call<EnrolmentView>(TrainingRpc.enrol, { sessionId: session.id, staffId: person.id }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.payload).toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { reason: 'already_enrolled' },
    });
  });

  it('the database refuses more confirmed seats than capacity, whatever writes them', async () => {
    const organisationId = await h.admittedOrganisation();
    const course = await h.publishedCourse();
    const session = await h.schedule(course.id, { capacity: 1 });
    const a = await h.staff(organisationId);
    const b = await h.staff(organisationId);
    await h.call(TrainingRpc.enrol, { sessionId: session.id, staffId: a.id });
    const waiting = await h.call<EnrolmentView>(TrainingRpc.enrol, { sessionId: session.id, staffId: b.id });
    expect(waiting.status).toBe('waitlisted');
    await expect(
      h.dataSource.query(`UPDATE enrolment SET status = 'confirmed', confirmed_at = now() WHERE id = $1`, [
        waiting.id,
      ]),
    ).rejects.toMatchObject({ driverError: { constraint: 'session_within_capacity' } });
  });
});
