import { randomUUID } from 'node:crypto';
import { healthPingSubject, streamName, type RpcCaller } from '@alliance/contracts';
import { MembershipEvent } from '@alliance/contracts/membership';
import {
  ResourcesEvent,
  ResourcesRpc,
  type BookingPage,
  type BookingView,
  type OnBehalfOutcomeView,
  type ResourceView,
} from '@alliance/contracts/resources';
import {
  TrainingEvent,
  TrainingRpc,
  type CourseView,
  type SessionPage,
  type SessionView,
} from '@alliance/contracts/training';
import { buildEnvelope, connectNats, RpcClient } from '@alliance/messaging';
import {
  readStreamEvents,
  ServiceProcess,
  TestEnvironment,
  waitFor,
  type StreamEvent,
} from '@alliance/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { ADMIN, inHours, memberRep } from './training-harness';

/**
 * The session venue saga end to end: training and resource sharing each as its own process (main.ts), on
 * real PostgreSQL and JetStream; membership is its events on membership's stream. Training books through
 * resource sharing's RPC and learns the rest from its events; the test reads each side through its RPCs.
 */
describe('session venue: training books its venue at resource sharing (saga)', () => {
  const env = new TestEnvironment('session-venue');
  const trainingEnv = env.serviceEnv('training', {
    TRAINING_EXPIRY_CHECK: 'off',
    TRAINING_VENUE_POLL_MS: '200',
  });
  const resourcesEnv = env.serviceEnv('resources', { RESOURCES_EXPIRY_CHECK: 'off' });
  let resources = new ServiceProcess('apps/resources/src/main.ts', resourcesEnv);
  let training = new ServiceProcess('apps/training/src/main.ts', trainingEnv);
  const trainingSchema = env.schema('training');
  let nc: NatsConnection;
  let rpc: RpcClient;
  let trainingDb: DataSource;
  let host: string;
  let other: string;
  let course: CourseView;

  const call = <T>(subject: string, body: object, caller: RpcCaller | null = ADMIN) =>
    rpc.send<T>(subject, { requestId: randomUUID(), caller, body });

  async function untilAnswers(service: string, process: ServiceProcess) {
    await waitFor(() => rpc.send(healthPingSubject(service), { requestId: 'ping', caller: null, body: {} }), {
      timeoutMs: 90_000,
      intervalMs: 250,
      what: `${service} to answer (output: ${process.recentOutput})`,
    });
  }

  async function admitted(name: string): Promise<string> {
    const id = randomUUID();
    const profile = {
      memberId: id,
      name,
      nameEn: null,
      creditCode: '91510100MA6CXXXX0X',
      kind: 'childcare_centre',
      ownership: 'private',
      districtCode: 'gaoxin',
      districtName: '高新区',
      address: '成都市高新区',
      licensedPlaces: 100,
      affordablePlaces: 50,
      allianceRole: 'member',
    };
    const now = new Date().toISOString();
    const publish = (type: string, version: number, data: object) =>
      jetstream(nc).publish(
        `${env.subjectPrefix}${type}`,
        JSON.stringify(
          buildEnvelope({
            type,
            aggregateId: id,
            aggregateVersion: version,
            data,
            meta: {
              correlationId: `test-${id}`,
              actor: { id: 'u-admin', kind: 'user', role: 'alliance_admin' },
            },
          }),
        ),
      );
    await publish(MembershipEvent.memberApplied, 1, { ...profile, status: 'applied', appliedAt: now });
    await publish(MembershipEvent.memberAdmitted, 2, {
      ...profile,
      status: 'admitted',
      fromStatus: 'applied',
      reason: null,
      admittedAt: now,
    });
    return id;
  }

  /** A venue of `owner`'s; resources' projection must know the owner admitted first (retried until then). */
  function venue(owner: string, approval: 'auto' | 'owner'): Promise<ResourceView> {
    return waitFor(
      () =>
        call<ResourceView>(ResourcesRpc.listResource, {
          kind: 'venue',
          title: `培训大厅 ${randomUUID().slice(0, 6)}`,
          ownerOrganisationId: owner,
          capacity: 80,
          visibility: 'alliance',
          policy: { approval },
        }),
      { timeoutMs: 20_000, intervalMs: 200, what: 'resources to know the owner admitted' },
    );
  }

  let slotSerial = 0;
  /** A free three-hour slot days ahead (each test its own day, so venues are never shared by accident). */
  function slot(hours = 3) {
    const start = 24 * (10 + 3 * slotSerial++);
    return { startsAt: inHours(start), endsAt: inHours(start + hours) };
  }

  function schedule(resourceId: string, meetings: Array<{ startsAt: string; endsAt: string }>) {
    return call<SessionView>(TrainingRpc.scheduleSession, {
      courseId: course.id,
      trainerIds: [`trainer-${randomUUID()}`],
      meetings,
      location: { kind: 'venue', resourceId, organisationId: host },
      capacity: 30,
    });
  }

  const session = (id: string) => call<SessionView>(TrainingRpc.getSession, { id });

  function sessionWhen(id: string, state: string, what = `session ${id} venue ${state}`) {
    return waitFor(
      async () => {
        const s = await session(id);
        return s.venue?.state === state ? s : null;
      },
      { timeoutMs: 30_000, intervalMs: 100, what },
    );
  }

  async function bookingsOf(resourceId: string): Promise<BookingView[]> {
    return (await call<BookingPage>(ResourcesRpc.listBookings, { resourceId, limit: 100 })).items;
  }

  async function trainingStream(aggregateId: string): Promise<StreamEvent[]> {
    return (await readStreamEvents(nc, streamName('training', env.streamPrefix))).filter(
      (e) => e.envelope.aggregateId === aggregateId && e.envelope.type.includes('session-venue'),
    );
  }

  beforeAll(async () => {
    resources.start();
    training.start();
    nc = await connectNats(env.natsUrl, 'session-venue-test');
    rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 20_000 });
    await untilAnswers('resources', resources);
    await untilAnswers('training', training);
    trainingDb = await new DataSource({
      type: 'postgres',
      url: env.databaseUrl,
    }).initialize();
    host = await admitted('咿薇托育 guidance centre');
    other = await admitted('因特贝托育');
    const draft = await call<CourseView>(TrainingRpc.createCourse, {
      code: `FA-${randomUUID().slice(0, 6).toUpperCase()}`,
      title: '婴幼儿急救',
      category: 'safety_and_first_aid',
      creditHours: 8,
      targetRoles: [],
    });
    course = await call<CourseView>(TrainingRpc.publishCourse, { id: draft.id, expectedVersion: 1 });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([training.kill(), resources.kill()]);
    await trainingDb?.destroy();
    await nc?.close();
    await env.cleanup();
  });

  it('is pending until the venue owner approves, then confirmed (by event); a duplicate delivery changes nothing', async () => {
    const hall = await venue(host, 'owner');
    const scheduled = await schedule(hall.id, [slot()]);
    expect(scheduled.venue).toMatchObject({ state: 'pending', reason: null });
    expect(scheduled.venue!.bookings).toEqual([
      expect.objectContaining({ meetingId: scheduled.meetings[0].id, state: 'requested', bookingId: null }),
    ]);
    const pending = await waitFor(
      async () => {
        const s = await session(scheduled.id);
        return s.venue?.bookings[0].state === 'pending' ? s : null;
      },
      { timeoutMs: 30_000, what: 'the booking made at resource sharing' },
    );
    expect(pending.venue!.state).toBe('pending');
    const [booking] = await bookingsOf(hall.id);
    expect(booking).toMatchObject({
      id: pending.venue!.bookings[0].bookingId,
      status: 'requested',
      organisationId: host,
      startsAt: scheduled.meetings[0].startsAt,
      onBehalfKey: expect.stringMatching(/^training:venue:/),
    });

    await call(
      ResourcesRpc.approveBooking,
      { id: booking.id, expectedVersion: booking.version },
      memberRep(host),
    );
    const confirmed = await sessionWhen(scheduled.id, 'confirmed');
    expect(confirmed.venue!.bookings[0]).toMatchObject({ state: 'confirmed', bookingId: booking.id });
    expect(confirmed.version).toBe(scheduled.version);
    const announced = await waitFor(async () => {
      const events = await trainingStream(scheduled.id);
      return events.length ? events : null;
    });
    expect(announced.map((e) => [e.envelope.type, e.envelope.aggregateVersion])).toEqual([
      [TrainingEvent.sessionVenueConfirmed, 1],
    ]);

    // Resource sharing's events of this booking delivered again (another message, the same events):
    // each applies once, and the older one does not take the session back to pending.
    const stream = streamName('resources', env.streamPrefix);
    const again = (await readStreamEvents(nc, stream)).filter((e) => e.envelope.aggregateId === booking.id);
    expect(again.map((e) => e.envelope.type)).toEqual([
      ResourcesEvent.bookingRequested,
      ResourcesEvent.bookingApproved,
    ]);
    for (const e of [...again].reverse()) {
      await jetstream(nc).publish(e.subject, JSON.stringify(e.envelope), { msgID: randomUUID() });
    }
    await consumedEverything(stream);
    expect((await session(scheduled.id)).venue).toEqual(confirmed.venue);
    expect(await trainingStream(scheduled.id)).toHaveLength(1);
  });

  it('flags the session with the reason when the venue owner rejects the booking', async () => {
    const hall = await venue(host, 'owner');
    const scheduled = await schedule(hall.id, [slot()]);
    const [booking] = await waitFor(async () => {
      const items = await bookingsOf(hall.id);
      return items.length ? items : null;
    });
    await call(
      ResourcesRpc.rejectBooking,
      { id: booking.id, expectedVersion: booking.version, reason: '大厅当天装修' },
      memberRep(host),
    );
    const flagged = await sessionWhen(scheduled.id, 'flagged');
    expect(flagged.venue!.reason).toContain('大厅当天装修');
    expect(flagged.venue!.bookings[0]).toMatchObject({ state: 'flagged', bookingId: booking.id });
    const list = await call<SessionPage>(TrainingRpc.listSessions, {
      venueState: 'flagged',
      courseId: course.id,
    });
    expect(list.items.map((s) => s.id)).toContain(scheduled.id);
    expect(list.items.every((s) => s.venue?.state === 'flagged')).toBe(true);
    const [event] = await waitFor(async () => {
      const events = await trainingStream(scheduled.id);
      return events.length ? events : null;
    });
    expect(event.envelope).toMatchObject({
      type: TrainingEvent.sessionVenueFlagged,
      data: { sessionId: scheduled.id, state: 'flagged', resourceId: hall.id, organisationId: host },
    });
  });

  it('flags the session when a meeting’s booking expires undecided or the owner cancels another, naming each meeting', async () => {
    const hall = await venue(host, 'owner');
    // The first meeting begins in a few seconds (an admin may schedule at short notice); nobody decides in time.
    const soon = { startsAt: new Date(Date.now() + 6000).toISOString(), endsAt: inHours(1) };
    const later = slot();
    const scheduled = await schedule(hall.id, [soon, later]);
    const bookings = await waitFor(async () => {
      const items = await bookingsOf(hall.id);
      return items.length === 2 ? items : null;
    });
    await call(
      ResourcesRpc.cancelBooking,
      { id: bookings[1].id, expectedVersion: bookings[1].version, reason: '场地临时征用' },
      memberRep(host),
    );
    const cancelled = await sessionWhen(scheduled.id, 'flagged');
    expect(cancelled.venue!.bookings.map((b) => b.state)).toEqual(['pending', 'flagged']);
    await waitFor(() => Date.now() > new Date(soon.startsAt).getTime() + 200, { timeoutMs: 10_000 });
    await call(ResourcesRpc.runExpiryCheck, {});
    const expired = await waitFor(
      async () => {
        const s = await session(scheduled.id);
        // The session and its bookings are read one after the other: wait for both to show it.
        return s.venue!.bookings[0].state === 'flagged' && s.venue!.reason?.includes('; ') ? s : null;
      },
      { timeoutMs: 30_000, what: 'the expired booking flagged' },
    );
    expect(expired.venue!.state).toBe('flagged');
    const [first, second] = expired.venue!.reason!.split('; ');
    expect(first).toContain(scheduled.meetings[0].local);
    expect(first).toContain('expired');
    expect(second).toContain(scheduled.meetings[1].local);
    expect(second).toContain('场地临时征用');
    // Each new reason is announced.
    const events = await waitFor(async () => {
      const found = await trainingStream(scheduled.id);
      return found.length === 2 ? found : null;
    });
    expect(events.map((e) => [e.envelope.type, e.envelope.aggregateVersion])).toEqual([
      [TrainingEvent.sessionVenueFlagged, 1],
      [TrainingEvent.sessionVenueFlagged, 2],
    ]);
  });

  it('flags the session when the slot is already booked by someone else — the venue is never double-booked', async () => {
    const hall = await venue(host, 'auto');
    const when = slot();
    const theirs = await call<BookingView>(
      ResourcesRpc.requestBooking,
      { resourceId: hall.id, organisationId: other, ...when, purpose: '家长课堂', headcount: 20 },
      memberRep(other),
    );
    const scheduled = await schedule(hall.id, [when]);
    const flagged = await sessionWhen(scheduled.id, 'flagged');
    expect(flagged.venue!.reason).toMatch(/^slot_taken: /);
    expect(flagged.venue!.bookings[0]).toMatchObject({ state: 'flagged', bookingId: null });
    const bookings = await bookingsOf(hall.id);
    expect(bookings.map((b) => [b.id, b.status])).toEqual([[theirs.id, 'approved']]);
  });

  it('two sessions scheduled at once at the same venue and time: one gets it, the other is flagged', async () => {
    const hall = await venue(host, 'auto');
    const when = slot();
    const [a, b] = await Promise.all([schedule(hall.id, [when]), schedule(hall.id, [when])]);
    const settled = await waitFor(
      async () => {
        const both = await Promise.all([session(a.id), session(b.id)]);
        return both.every((s) => s.venue?.state !== 'pending') ? both : null;
      },
      { timeoutMs: 30_000, what: 'both venues decided' },
    );
    expect(settled.map((s) => s.venue!.state).sort()).toEqual(['confirmed', 'flagged']);
    const winner = settled.find((s) => s.venue!.state === 'confirmed')!;
    const loser = settled.find((s) => s.venue!.state === 'flagged')!;
    expect(loser.venue!.reason).toMatch(/^slot_taken: /);
    const bookings = await bookingsOf(hall.id);
    expect(bookings.map((x) => [x.id, x.status])).toEqual([
      [winner.venue!.bookings[0].bookingId, 'approved'],
    ]);
  });

  it('moves the booking when the session is rescheduled and releases it when the session is cancelled', async () => {
    const hall = await venue(host, 'auto');
    const first = slot();
    const second = slot();
    const scheduled = await schedule(hall.id, [first, second]);
    const confirmed = await sessionWhen(scheduled.id, 'confirmed');
    expect(confirmed.venue!.bookings.map((b) => b.state)).toEqual(['confirmed', 'confirmed']);
    const [kept, moved] = confirmed.venue!.bookings;

    // The second meeting moves; the first keeps its time and its booking.
    const later = slot();
    const rescheduled = await call<SessionView>(TrainingRpc.rescheduleSession, {
      id: scheduled.id,
      expectedVersion: confirmed.version,
      meetings: [first, later],
      reason: '第二次课改期',
    });
    expect(rescheduled.venue!.state).toBe('pending');
    const reconfirmed = await sessionWhen(scheduled.id, 'confirmed', 'the moved meeting booked again');
    expect(reconfirmed.venue!.bookings).toEqual([
      expect.objectContaining({ startsAt: first.startsAt, bookingId: kept.bookingId, state: 'confirmed' }),
      expect.objectContaining({ startsAt: new Date(later.startsAt).toISOString(), state: 'confirmed' }),
    ]);
    const afterMove = await waitFor(async () => {
      const items = await bookingsOf(hall.id);
      return items.find((b) => b.id === moved.bookingId)?.status === 'cancelled' ? items : null;
    });
    expect(afterMove.map((b) => [b.startsAt, b.status])).toEqual([
      [new Date(first.startsAt).toISOString(), 'approved'],
      [new Date(second.startsAt).toISOString(), 'cancelled'],
      [new Date(later.startsAt).toISOString(), 'approved'],
    ]);

    await call(TrainingRpc.cancelSession, {
      id: scheduled.id,
      expectedVersion: reconfirmed.version,
      reason: '讲师生病',
    });
    const released = await sessionWhen(scheduled.id, 'released');
    expect(released.venue!.bookings.map((b) => b.state)).toEqual(['released', 'released']);
    const afterCancel = await waitFor(async () => {
      const items = await bookingsOf(hall.id);
      return items.every((b) => b.status === 'cancelled') ? items : null;
    });
    expect(afterCancel).toHaveLength(3);
    expect(afterCancel[2].cancellationReason).toContain('讲师生病');
    // The slots are free again: someone else books the first one.
    const theirs = await call<BookingView>(
      ResourcesRpc.requestBooking,
      { resourceId: hall.id, organisationId: other, ...first, purpose: '家长课堂', headcount: 20 },
      memberRep(other),
    );
    expect(theirs.status).toBe('approved');
    // The bookings' cancellations, caused by training itself, never flagged the session.
    expect((await trainingStream(scheduled.id)).map((e) => e.envelope.type)).toEqual([
      TrainingEvent.sessionVenueConfirmed,
      TrainingEvent.sessionVenueConfirmed,
    ]);
  });

  it('flags a venue resource sharing does not know; keeps asking while it does not answer, and books once it is back', async () => {
    const unknown = await schedule(randomUUID(), [slot()]);
    const flagged = await sessionWhen(unknown.id, 'flagged');
    expect(flagged.venue!.reason).toMatch(/^not_found: resource .* not found/);

    const hall = await venue(host, 'auto');
    await resources.kill('SIGKILL');
    const scheduled = await schedule(hall.id, [slot()]);
    await waitFor(
      async () => {
        const [step] = await trainingDb.query(
          `SELECT s.attempts, s.done_at FROM ${trainingSchema}.venue_step s
             JOIN ${trainingSchema}.venue_booking v ON v.id = s.venue_booking_id WHERE v.session_id = $1`,
          [scheduled.id],
        );
        return step.attempts >= 2 && step.done_at === null;
      },
      { timeoutMs: 20_000, what: 'the request sent again while nobody answers' },
    );
    expect((await session(scheduled.id)).venue!.bookings[0].state).toBe('requested');
    resources = new ServiceProcess('apps/resources/src/main.ts', resourcesEnv);
    resources.start();
    await untilAnswers('resources', resources);
    const confirmed = await sessionWhen(
      scheduled.id,
      'confirmed',
      'the request answered once resources is back',
    );
    expect((await bookingsOf(hall.id)).map((b) => b.id)).toEqual([confirmed.venue!.bookings[0].bookingId]);
  }, 120_000);

  it('books exactly once when training is killed after scheduling (and after the request reached resource sharing) and restarted', async () => {
    const hall = await venue(host, 'owner');
    // A training that commits sessions but sends nothing: the state a process killed right after the
    // session's commit leaves behind.
    await training.kill('SIGKILL');
    training = new ServiceProcess('apps/training/src/main.ts', {
      ...trainingEnv,
      TRAINING_VENUE_SAGA: 'off',
    });
    training.start();
    await untilAnswers('training', training);
    const scheduled = await schedule(hall.id, [slot()]);
    const stepOf = async () =>
      (
        (await trainingDb.query(
          `SELECT s.attempts, s.done_at, v.request_key
             FROM ${trainingSchema}.venue_step s
             JOIN ${trainingSchema}.venue_booking v ON v.id = s.venue_booking_id
            WHERE v.session_id = $1`,
          [scheduled.id],
        )) as Array<{ attempts: number; done_at: Date | null; request_key: string }>
      )[0];
    const step = await stepOf();
    expect(step).toMatchObject({ attempts: 0, done_at: null });
    expect(await bookingsOf(hall.id)).toEqual([]);
    // As if the request had reached resource sharing just before the process died, its answer lost.
    const reached = await call<OnBehalfOutcomeView>(
      ResourcesRpc.requestOnBehalf,
      {
        resourceId: hall.id,
        organisationId: host,
        startsAt: scheduled.meetings[0].startsAt,
        endsAt: scheduled.meetings[0].endsAt,
        purpose: 'training session',
        headcount: 30,
        idempotencyKey: step.request_key,
      },
      null,
    );
    expect(await training.kill('SIGKILL')).toBeNull();
    // The owner approves while training is down. (Its events reach training when its consumer gets them —
    // those a killed consumer had fetched only after JetStream's ack wait; the restarted saga does not wait
    // for them: its own step's answer says approved.)
    await call(
      ResourcesRpc.approveBooking,
      { id: reached.booking!.id, expectedVersion: reached.booking!.version },
      memberRep(host),
    );

    training = new ServiceProcess('apps/training/src/main.ts', trainingEnv);
    training.start();
    await untilAnswers('training', training);
    const confirmed = await sessionWhen(scheduled.id, 'confirmed', 'the restarted training to send the step');
    expect(confirmed.venue!.bookings[0]).toMatchObject({
      state: 'confirmed',
      bookingId: reached.booking!.id,
    });
    const bookings = await bookingsOf(hall.id);
    expect(bookings.map((b) => [b.id, b.onBehalfKey, b.status])).toEqual([
      [reached.booking!.id, step.request_key, 'approved'],
    ]);
    const done = await stepOf();
    expect(done.attempts).toBeGreaterThanOrEqual(1);
    expect(done.done_at).not.toBeNull();
  }, 180_000);

  /** Training's durable consumer of a stream has acknowledged everything on it. */
  async function consumedEverything(stream: string): Promise<void> {
    const jsm = await jetstreamManager(nc);
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(stream, 'training');
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { timeoutMs: 20_000, what: `training to have consumed ${stream}` },
    );
  }
});
