import { randomUUID } from 'node:crypto';
import type { RpcErrorPayload } from '@alliance/contracts';
import {
  ResourcesEvent,
  ResourcesRpc,
  type BookingView,
  type OnBehalfOutcomeView,
  type ResourceView,
  type SeriesCancellationView,
  type SeriesView,
} from '@alliance/contracts/resources';
import { addDays } from '../src/shared/shanghai-time';
import {
  ADMIN,
  at,
  futureDate,
  memberRep,
  ResourcesHarness,
  TRAINER,
  VIEWER,
  WEEKDAYS_8_TO_18,
} from './resources-harness';

describe('booking rules: each refusal with its own reason; series, decisions, expiry, on-behalf requests', () => {
  const h = new ResourcesHarness();
  let owner: string;
  let booker: string;
  let other: string;

  const request = (
    resource: ResourceView,
    date: string,
    from: string,
    to: string,
    organisationId = booker,
    caller = memberRep(organisationId),
  ) =>
    h.call<BookingView>(
      ResourcesRpc.requestBooking,
      {
        resourceId: resource.id,
        organisationId,
        startsAt: at(date, from),
        endsAt: at(date, to),
        purpose: '保育员实操培训',
        headcount: 20,
      },
      caller,
    );
  const refused = (resource: ResourceView, date: string, from: string, to: string, organisationId = booker) =>
    h.refusal(
      ResourcesRpc.requestBooking,
      {
        resourceId: resource.id,
        organisationId,
        startsAt: at(date, from),
        endsAt: at(date, to),
        purpose: '保育员实操培训',
        headcount: 20,
      },
      memberRep(organisationId),
    );

  beforeAll(async () => {
    await h.start();
    owner = await h.admittedOrganisation('咿薇托育');
    booker = await h.admittedOrganisation('因特贝托育');
    other = await h.admittedOrganisation('成都电子科大立人托育中心', 'tianfu');
  }, 120_000);
  afterAll(() => h.stop());

  it('refuses outside opening hours, in a blackout, inside the notice period, over the longest booking and over capacity, each with its own reason', async () => {
    const monday = futureDate(1);
    const hall = await h.offer(owner, {
      openingHours: WEEKDAYS_8_TO_18,
      blackouts: [{ from: addDays(monday, 1), to: addDays(monday, 2), reason: '设备检修' }],
      policy: { approval: 'auto', maxDurationMinutes: 240 },
    });
    const early = await refused(hall, monday, '07:00', '09:00');
    expect(early).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { reason: 'outside_opening_hours' },
    });
    expect(early.details!.fields).toEqual([
      { field: 'startsAt', reasons: [expect.stringMatching(/^outside_opening_hours: .*Mon 08:00–18:00/)] },
    ]);
    expect((await refused(hall, futureDate(6), '09:00', '10:00')).details!.reason).toBe(
      'outside_opening_hours',
    );

    const closed = await refused(hall, addDays(monday, 2), '09:00', '10:00');
    expect(closed).toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { reason: 'blackout' } });
    expect(closed.message).toContain('设备检修');

    const long = await refused(hall, monday, '08:00', '13:00');
    expect(long).toMatchObject({ details: { reason: 'too_long', fields: [{ field: 'endsAt' }] } });

    const crowd = await h.refusal(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: booker,
      startsAt: at(monday, '09:00'),
      endsAt: at(monday, '10:00'),
      purpose: 'x',
      headcount: 81,
    });
    expect(crowd).toMatchObject({ details: { reason: 'over_capacity', fields: [{ field: 'headcount' }] } });

    const noticeHall = await h.offer(owner, { policy: { approval: 'auto', minNoticeMinutes: 60 * 24 * 60 } });
    const notice = await refused(noticeHall, monday, '09:00', '10:00');
    expect(notice).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { reason: 'notice_too_short', minNoticeMinutes: 86400 },
    });

    const past = await h.refusal(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: booker,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date().toISOString(),
      purpose: 'x',
      headcount: 1,
    });
    expect(past.details!.reason).toBe('in_the_past');

    expect((await request(hall, monday, '09:00', '13:00')).status).toBe('approved');
  });

  it('keeps the monthly quota per requesting organisation under concurrency: 6 requests at once against a quota of 3 book 3', async () => {
    const room = await h.offer(owner, { policy: { approval: 'owner', monthlyQuota: 3 } });
    const base = futureDate(1, 5);
    // The first six days of a month at least five weeks ahead (Asia/Shanghai): all in the future.
    const month = base.slice(0, 7);
    const days = Array.from({ length: 6 }, (_, i) => addDays(`${month}-01`, i));
    const outcomes = await Promise.all(
      days.map((d) =>
        request(room, d, '10:00', '11:00').then(
          (b) => ({ ok: b, error: null as RpcErrorPayload | null }),
          (e: { payload: RpcErrorPayload }) => ({ ok: null, error: e.payload }),
        ),
      ),
    );
    const booked = outcomes.filter((o) => o.ok);
    expect(booked).toHaveLength(3);
    expect(booked.every((o) => o.ok!.status === 'requested')).toBe(true);
    for (const o of outcomes.filter((x) => x.error)) {
      expect(o.error).toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        details: { reason: 'over_quota', month, quota: 3 },
      });
    }
    // Another organisation has its own quota; the next month is a new one.
    expect((await request(room, days[0], '14:00', '15:00', other)).status).toBe('requested');
  });

  it('books a weekly series over five weeks with two dates taken: three booked, the two reported with their reason; cancelled date by date and as a whole', async () => {
    const hall = await h.offer(owner, { openingHours: WEEKDAYS_8_TO_18 });
    const first = futureDate(3);
    const taken = [addDays(first, 7), addDays(first, 21)];
    for (const d of taken) await request(hall, d, '13:00', '15:00', other, ADMIN);
    const series = await h.call<SeriesView>(
      ResourcesRpc.requestSeries,
      {
        resourceId: hall.id,
        organisationId: booker,
        startsAt: at(first, '14:00'),
        endsAt: at(first, '16:00'),
        purpose: '每周育婴员培训',
        headcount: 25,
        count: 5,
      },
      memberRep(booker),
    );
    expect(series.booked.map((b) => b.startsAt)).toEqual(
      [0, 14, 28].map((d) => at(addDays(first, d), '14:00')),
    );
    expect(series.booked.every((b) => b.seriesId === series.seriesId && b.status === 'approved')).toBe(true);
    expect(series.skipped).toEqual(
      taken.map((d) => ({
        date: d,
        startsAt: at(d, '14:00'),
        endsAt: at(d, '16:00'),
        reason: 'slot_taken',
        message: expect.stringContaining(`${d} 13:00–15:00`),
      })),
    );

    // until instead of count, and a closed date reported as such.
    const closedHall = await h.offer(owner, {
      openingHours: WEEKDAYS_8_TO_18,
      blackouts: [{ from: addDays(first, 7), to: addDays(first, 7), reason: '国庆' }],
      policy: { approval: 'auto', monthlyQuota: 50 },
    });
    const byDate = await h.call<SeriesView>(ResourcesRpc.requestSeries, {
      resourceId: closedHall.id,
      organisationId: booker,
      startsAt: at(first, '09:00'),
      endsAt: at(first, '10:00'),
      purpose: '家长课堂',
      headcount: 5,
      until: addDays(first, 14),
    });
    expect(byDate.booked).toHaveLength(2);
    expect(byDate.skipped).toMatchObject([{ date: addDays(first, 7), reason: 'blackout' }]);

    // One date cancelled on its own, then the rest of the series.
    const [one] = series.booked;
    const cancelled = await h.call<BookingView>(
      ResourcesRpc.cancelBooking,
      { id: one.id, expectedVersion: one.version, reason: '场地冲突' },
      memberRep(booker),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: '场地冲突' });
    const rest = await h.call<SeriesCancellationView>(
      ResourcesRpc.cancelSeries,
      { seriesId: series.seriesId, reason: '课程结束' },
      memberRep(booker),
    );
    expect(rest.cancelled.map((b) => b.id).sort()).toEqual(
      series.booked
        .slice(1)
        .map((b) => b.id)
        .sort(),
    );
    expect(rest.cancelled.every((b) => b.status === 'cancelled')).toBe(true);
  });

  it('a series of the wrong shape is a 400 naming the field', async () => {
    const hall = await h.offer(owner);
    const d = futureDate(2);
    const both = await h.refusal(ResourcesRpc.requestSeries, {
      resourceId: hall.id,
      organisationId: booker,
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      purpose: 'x',
      headcount: 1,
      count: 2,
      until: d,
    });
    expect(both).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'until' }] } });
    const bad = await h.refusal(ResourcesRpc.requestSeries, {
      resourceId: hall.id,
      organisationId: booker,
      startsAt: 'tomorrow',
      endsAt: at(d, '10:00'),
      purpose: 'x',
      headcount: 0,
      count: 99,
    });
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.details!.fields!.map((f) => f.field).sort()).toEqual(['count', 'headcount', 'startsAt']);
  });

  it('the owner decides requests; a stale version is a 409; another organisation may not decide; undecided requests expire once', async () => {
    const room = await h.offer(owner, { policy: { approval: 'owner' } });
    const d = futureDate(4);
    const a = await request(room, d, '09:00', '10:00');
    const b = await request(room, d, '10:00', '11:00');
    expect(a.status).toBe('requested');
    const forbidden = await h.refusal(
      ResourcesRpc.approveBooking,
      { id: a.id, expectedVersion: 1 },
      memberRep(booker),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const approved = await h.call<BookingView>(
      ResourcesRpc.approveBooking,
      { id: a.id, expectedVersion: 1, note: '欢迎' },
      memberRep(owner),
    );
    expect(approved).toMatchObject({ status: 'approved', version: 2, decisionNote: '欢迎' });
    const stale = await h.refusal(
      ResourcesRpc.rejectBooking,
      { id: a.id, expectedVersion: 1, reason: '迟了' },
      memberRep(owner),
    );
    expect(stale).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { currentVersion: 2, expectedVersion: 1 },
    });

    // Two decisions from one read: one wins.
    const decisions = await Promise.allSettled([
      h.call(ResourcesRpc.approveBooking, { id: b.id, expectedVersion: 1 }, memberRep(owner)),
      h.call(ResourcesRpc.rejectBooking, { id: b.id, expectedVersion: 1, reason: '已满' }, memberRep(owner)),
    ]);
    expect(decisions.filter((x) => x.status === 'fulfilled')).toHaveLength(1);

    // A request that began undecided expires, and is announced once however often the check runs.
    const c = await request(room, d, '15:00', '16:00');
    await h.dataSource.query(
      `UPDATE booking SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [c.id],
    );
    const first = await h.call<{ expiredBookings: number }>(ResourcesRpc.runExpiryCheck, {});
    const second = await h.call<{ expiredBookings: number }>(ResourcesRpc.runExpiryCheck, {});
    expect(first.expiredBookings).toBeGreaterThanOrEqual(1);
    expect(second.expiredBookings).toBe(0);
    const events = await h.outboxEvents(c.id);
    expect(events.map((e) => e.type)).toEqual([
      ResourcesEvent.bookingRequested,
      ResourcesEvent.bookingExpired,
    ]);
    expect((await h.refusal(ResourcesRpc.runExpiryCheck, {}, VIEWER)).code).toBe('FORBIDDEN');

    // Two checks at once (two instances): each due request expires once, announced once.
    const due = await Promise.all(
      ['11:00', '12:00', '13:00'].map((t) => request(room, d, t, `${t.slice(0, 2)}:30`)),
    );
    for (const [i, x] of due.entries()) {
      await h.dataSource.query(
        `UPDATE booking SET starts_at = now() - make_interval(days => $2), ends_at = now() - make_interval(days => $2) + interval '1 hour'
          WHERE id = $1`,
        [x.id, i + 2],
      );
    }
    const runs = await Promise.all(
      [1, 2].map(() => h.call<{ expiredBookings: number }>(ResourcesRpc.runExpiryCheck, {})),
    );
    expect(runs[0].expiredBookings + runs[1].expiredBookings).toBe(3);
    for (const x of due) {
      expect(
        (await h.outboxEvents(x.id)).filter((e) => e.type === ResourcesEvent.bookingExpired),
      ).toHaveLength(1);
    }
  });

  it('trainers book venues only; representatives for their own organisation only; viewers not at all', async () => {
    const expert = await h.offer(owner, { kind: 'expert', title: '儿科专家 王医生', capacity: 1 });
    const d = futureDate(5);
    const refusal = await h.refusal(
      ResourcesRpc.requestBooking,
      {
        resourceId: expert.id,
        organisationId: booker,
        startsAt: at(d, '09:00'),
        endsAt: at(d, '10:00'),
        purpose: '健康讲座',
        headcount: 1,
      },
      TRAINER,
    );
    expect(refusal.code).toBe('FORBIDDEN');
    const hall = await h.offer(owner);
    expect((await request(hall, d, '09:00', '10:00', booker, TRAINER)).status).toBe('approved');
    expect(
      (
        await h.refusal(
          ResourcesRpc.requestBooking,
          {
            resourceId: hall.id,
            organisationId: other,
            startsAt: at(d, '11:00'),
            endsAt: at(d, '12:00'),
            purpose: 'x',
            headcount: 1,
          },
          memberRep(booker),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await h.refusal(
          ResourcesRpc.requestBooking,
          {
            resourceId: hall.id,
            organisationId: booker,
            startsAt: at(d, '11:00'),
            endsAt: at(d, '12:00'),
            purpose: 'x',
            headcount: 1,
          },
          VIEWER,
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('another service books on an organisation’s behalf idempotently by its key; the outcome is published', async () => {
    const hall = await h.offer(owner);
    const d = futureDate(3, 3);
    const key = `training:session:${randomUUID()}`;
    const body = {
      idempotencyKey: key,
      resourceId: hall.id,
      organisationId: booker,
      startsAt: at(d, '09:00'),
      endsAt: at(d, '12:00'),
      purpose: '婴幼儿急救培训',
      headcount: 30,
    };
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => h.call<OnBehalfOutcomeView>(ResourcesRpc.requestOnBehalf, body, null)),
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['booked', 'booked', 'booked']);
    expect(new Set(outcomes.map((o) => o.booking!.id)).size).toBe(1);
    const booking = outcomes[0].booking!;
    expect(booking.onBehalfKey).toBe(key);
    const events = await h.streamEventsOf(booking.id, 2);
    expect(events.map((e) => e.envelope.type)).toEqual([
      ResourcesEvent.bookingRequested,
      ResourcesEvent.bookingApproved,
    ]);
    expect(events[1].envelope.data).toMatchObject({ onBehalfKey: key, status: 'approved' });

    // A refusal is an outcome too, recorded and answered again for the same key.
    const clashKey = `training:session:${randomUUID()}`;
    const clash = {
      ...body,
      idempotencyKey: clashKey,
      organisationId: other,
      startsAt: at(d, '11:00'),
      endsAt: at(d, '13:00'),
    };
    const refusedOnce = await h.call<OnBehalfOutcomeView>(ResourcesRpc.requestOnBehalf, clash, null);
    expect(refusedOnce).toMatchObject({
      outcome: 'refused',
      booking: null,
      refusal: { reason: 'slot_taken' },
    });
    expect(refusedOnce.refusal!.message).toContain(`${d} 09:00–12:00`);
    await h.call(ResourcesRpc.cancelBooking, {
      id: booking.id,
      expectedVersion: booking.version,
      reason: '班次取消',
    });
    expect(await h.call<OnBehalfOutcomeView>(ResourcesRpc.requestOnBehalf, clash, null)).toEqual(refusedOnce);
    const [row] = await h.dataSource.query(`SELECT id FROM on_behalf_request WHERE idempotency_key = $1`, [
      clashKey,
    ]);
    const [refusedEvent] = await h.streamEventsOf(row.id, 1);
    expect(refusedEvent.envelope).toMatchObject({
      type: ResourcesEvent.onBehalfRefused,
      data: { idempotencyKey: clashKey, reason: 'slot_taken' },
    });
  });
});
