import type { RpcErrorPayload } from '@alliance/contracts';
import { ResourcesRpc, type BookingView } from '@alliance/contracts/resources';
import { ADMIN, at, futureDate, memberRep, ResourcesHarness } from './resources-harness';

describe('bookings never overlap: the exclusion constraint decides (real PostgreSQL and NATS)', () => {
  const h = new ResourcesHarness();
  let owner: string;
  const bookers: string[] = [];

  beforeAll(async () => {
    await h.start();
    owner = await h.admittedOrganisation('咿薇托育');
    for (let i = 0; i < 5; i++) bookers.push(await h.admittedOrganisation(`因特贝托育${i}`));
  }, 120_000);
  afterAll(() => h.stop());

  it('50 requests at once for one slot: exactly one booking, 49 conflicts naming the clashing time and not who booked it', async () => {
    const hall = await h.offer(owner, { title: '咿薇托育培训大厅' });
    const date = futureDate(2);
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const organisationId = bookers[i % bookers.length];
        return h
          .call<BookingView>(
            ResourcesRpc.requestBooking,
            {
              resourceId: hall.id,
              organisationId,
              startsAt: at(date, '09:00'),
              endsAt: at(date, '11:00'),
              purpose: '保育员培训',
              headcount: 30,
            },
            memberRep(organisationId),
          )
          .then(
            (booking) => ({ booking, error: null }),
            (error: { payload?: RpcErrorPayload }) => ({ booking: null, error: error.payload }),
          );
      }),
    );
    const booked = outcomes.filter((o) => o.booking);
    const refused = outcomes.filter((o) => o.error);
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(49);
    const winner = booked[0].booking!;
    expect(winner.status).toBe('approved');
    for (const { error } of refused) {
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'slot_taken' } });
      expect(error!.message).toContain(`${date} 09:00–11:00`);
      expect(error!.details!.fields).toEqual([
        { field: 'startsAt', reasons: [expect.stringMatching(/^slot_taken: .*09:00–11:00/)] },
      ]);
      // A representative learns the time, not who booked it.
      expect(error!.details!.clash).toEqual({ startsAt: winner.startsAt, endsAt: winner.endsAt });
    }
    const [{ n }] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM booking WHERE resource_id = $1 AND status IN ('requested', 'approved')`,
      [hall.id],
    );
    expect(n).toBe(1);
    // An admin is told which booking it is.
    const admin = await h.refusal(
      ResourcesRpc.requestBooking,
      {
        resourceId: hall.id,
        organisationId: bookers[0],
        startsAt: at(date, '10:00'),
        endsAt: at(date, '12:00'),
        purpose: '管理员预约',
        headcount: 5,
      },
      ADMIN,
    );
    expect(admin.details!.clash).toMatchObject({
      bookingId: winner.id,
      organisationId: winner.organisationId,
    });
  });

  it('the constraint holds without the service: an overlapping row written by SQL is refused by booking_no_overlap', async () => {
    const hall = await h.offer(owner);
    const date = futureDate(4);
    const insert = (from: string, to: string, status = 'approved') =>
      h.dataSource.query(
        `INSERT INTO booking (id, resource_id, organisation_id, starts_at, ends_at, purpose, headcount, status, version, created_at, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, 'sql', 1, $5, 1, now(), now())`,
        [hall.id, bookers[0], at(date, from), at(date, to), status],
      );
    await insert('09:00', '10:00');
    await expect(insert('09:59', '11:00')).rejects.toMatchObject({
      driverError: { code: '23P01', constraint: 'booking_no_overlap' },
    });
    // Rows that no longer hold the slot do not count.
    await insert('09:30', '10:30', 'cancelled');
    await insert('10:00', '11:00', 'requested');
  });

  it('touching slots do not clash; a cancelled booking frees its slot', async () => {
    const hall = await h.offer(owner);
    const date = futureDate(3);
    const book = (from: string, to: string, organisationId = bookers[0]) =>
      h.call<BookingView>(ResourcesRpc.requestBooking, {
        resourceId: hall.id,
        organisationId,
        startsAt: at(date, from),
        endsAt: at(date, to),
        purpose: '家长课堂',
        headcount: 10,
      });
    const morning = await book('09:00', '10:00');
    await book('10:00', '11:00');
    expect(
      (
        await h.refusal(ResourcesRpc.requestBooking, {
          resourceId: hall.id,
          organisationId: bookers[1],
          startsAt: at(date, '09:30'),
          endsAt: at(date, '10:30'),
          purpose: 'x',
          headcount: 1,
        })
      ).code,
    ).toBe('CONFLICT');
    await h.call(ResourcesRpc.cancelBooking, {
      id: morning.id,
      expectedVersion: morning.version,
      reason: '改期',
    });
    const again = await book('09:00', '10:00', bookers[1]);
    expect(again.status).toBe('approved');
  });

  it('books across midnight (Asia/Shanghai) where the hours join, and the slot then blocks both days', async () => {
    const nights = [
      { weekday: 5, opens: '18:00', closes: '24:00' },
      { weekday: 6, opens: '00:00', closes: '06:00' },
    ];
    const hall = await h.offer(owner, { title: '夜间观察室', openingHours: nights });
    const friday = futureDate(5);
    const saturday = futureDate(6);
    const overnight = await h.call<BookingView>(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: bookers[2],
      startsAt: `${friday}T22:00:00+08:00`,
      endsAt: `${saturday}T02:00:00+08:00`,
      purpose: '夜间照护演练',
      headcount: 8,
    });
    expect(overnight).toMatchObject({
      status: 'approved',
      startsAt: at(friday, '22:00'),
      endsAt: at(saturday, '02:00'),
    });
    const afterMidnight = await h.refusal(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: bookers[3],
      startsAt: at(saturday, '01:00'),
      endsAt: at(saturday, '03:00'),
      purpose: 'x',
      headcount: 1,
    });
    expect(afterMidnight.message).toContain(`${friday} 22:00–${saturday} 02:00`);
    // Right after the overnight booking, on the Saturday's own hours.
    const late = await h.call<BookingView>(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: bookers[3],
      startsAt: at(saturday, '02:00'),
      endsAt: at(saturday, '06:00'),
      purpose: '早班',
      headcount: 1,
    });
    expect(late.status).toBe('approved');
    const tooLate = await h.refusal(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: bookers[4],
      startsAt: at(friday, '23:00'),
      endsAt: at(saturday, '07:00'),
      purpose: 'x',
      headcount: 1,
    });
    expect(tooLate.details).toMatchObject({ reason: 'outside_opening_hours' });
  });
});
