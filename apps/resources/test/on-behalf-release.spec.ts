import { randomUUID } from 'node:crypto';
import {
  ResourcesEvent,
  ResourcesRpc,
  type BookingView,
  type OnBehalfOutcomeView,
  type OnBehalfReleaseView,
} from '@alliance/contracts/resources';
import { ADMIN, at, futureDate, memberRep, ResourcesHarness, TRAINER } from './resources-harness';

describe('release on behalf: the requesting service gives back what it booked, by the request’s key', () => {
  const h = new ResourcesHarness();
  let owner: string;
  let booker: string;

  beforeAll(async () => {
    await h.start();
    [owner, booker] = await Promise.all([
      h.admittedOrganisation('咿薇托育'),
      h.admittedOrganisation('因特贝'),
    ]);
  }, 60_000);

  afterAll(() => h.stop());

  const onBehalf = (resourceId: string, date: string, key: string) =>
    h.call<OnBehalfOutcomeView>(
      ResourcesRpc.requestOnBehalf,
      {
        idempotencyKey: key,
        resourceId,
        organisationId: booker,
        startsAt: at(date, '09:00'),
        endsAt: at(date, '12:00'),
        purpose: '婴幼儿急救培训',
        headcount: 30,
      },
      null,
    );

  const release = (key: string, reason = '班次取消') =>
    h.call<OnBehalfReleaseView>(ResourcesRpc.releaseOnBehalf, { idempotencyKey: key, reason }, null);

  it('cancels the booking once (its event with the reason), frees the slot, and answers repetitions alike', async () => {
    const hall = await h.offer(owner);
    const d = futureDate(2, 3);
    const key = `training:venue:${randomUUID()}`;
    const booked = await onBehalf(hall.id, d, key);
    expect(booked.booking!.status).toBe('approved');

    const answers = await Promise.all([release(key), release(key), release(key)]);
    for (const answer of answers) {
      expect(answer).toMatchObject({
        idempotencyKey: key,
        outcome: 'booked',
        booking: { id: booked.booking!.id, status: 'cancelled', cancellationReason: '班次取消' },
      });
    }
    const events = await h.streamEventsOf(booked.booking!.id, 3);
    expect(events.map((e) => e.envelope.type)).toEqual([
      ResourcesEvent.bookingRequested,
      ResourcesEvent.bookingApproved,
      ResourcesEvent.bookingCancelled,
    ]);
    expect(events[2].envelope.data).toMatchObject({ onBehalfKey: key, reason: '班次取消' });
    // The request itself, repeated, still answers its first outcome (booked; the booking as it is now).
    expect((await onBehalf(hall.id, d, key)).booking).toMatchObject({ status: 'cancelled' });
    // The slot is free for others.
    const theirs = await h.call<BookingView>(
      ResourcesRpc.requestBooking,
      {
        resourceId: hall.id,
        organisationId: owner,
        startsAt: at(d, '09:00'),
        endsAt: at(d, '12:00'),
        purpose: '家长课堂',
        headcount: 10,
      },
      memberRep(owner),
    );
    expect(theirs.status).toBe('approved');
  });

  it('spends a key released before its request arrived: the late request books nothing', async () => {
    const hall = await h.offer(owner);
    const d = futureDate(3, 3);
    const key = `training:venue:${randomUUID()}`;
    expect(await release(key, '班次改期')).toEqual({
      idempotencyKey: key,
      outcome: 'released',
      booking: null,
    });
    const late = await onBehalf(hall.id, d, key);
    expect(late).toMatchObject({ outcome: 'refused', booking: null, refusal: { reason: 'released' } });
    expect(await release(key)).toEqual({ idempotencyKey: key, outcome: 'released', booking: null });
    const [{ n }] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM booking WHERE resource_id = $1`,
      [hall.id],
    );
    expect(n).toBe(0);
  });

  it('answers a refused request as refused, and refuses any user: only the requesting service releases', async () => {
    const hall = await h.offer(owner);
    const d = futureDate(4, 3);
    const first = `training:venue:${randomUUID()}`;
    const second = `training:venue:${randomUUID()}`;
    await onBehalf(hall.id, d, first);
    expect((await onBehalf(hall.id, d, second)).outcome).toBe('refused');
    expect(await release(second)).toEqual({ idempotencyKey: second, outcome: 'refused', booking: null });

    for (const caller of [ADMIN, TRAINER, memberRep(booker)]) {
      const refusal = await h.refusal(
        ResourcesRpc.releaseOnBehalf,
        { idempotencyKey: first, reason: 'x' },
        caller,
      );
      expect(refusal.code).toBe('FORBIDDEN');
    }
    expect(
      (await h.refusal(ResourcesRpc.releaseOnBehalf, { idempotencyKey: 'a b', reason: ' ' }, null)).details
        ?.fields,
    ).toEqual([
      expect.objectContaining({ field: 'idempotencyKey' }),
      expect.objectContaining({ field: 'reason' }),
    ]);
    const [booking] = await h.dataSource.query(`SELECT status FROM booking WHERE on_behalf_key = $1`, [
      first,
    ]);
    expect(booking.status).toBe('approved');
  });
});
