import {
  ResourcesEvent,
  ResourcesRpc,
  type BookingPage,
  type BookingView,
  type ResourcePage,
  type ResourceView,
} from '@alliance/contracts/resources';
import { addDays, instantAt, weekdayOf } from '../src/shared/shanghai-time';
import { at, futureDate, memberRep, ResourcesHarness, VIEWER } from './resources-harness';

/** The last Sunday of March or October after `minDays` (when Europe's clocks change; Shanghai's do not). */
function nextClockChangeSunday(minDays: number): string {
  let date = futureDate(7, 2);
  for (;;) {
    const [, month, day] = date.split('-').map(Number);
    if ((month === 3 || month === 10) && day > 24 && weekdayOf(date) === 7) {
      if (instantAt(date).getTime() - Date.now() > minDays * 86_400_000) return date;
    }
    date = addDays(date, 7);
  }
}

describe('offers: listing, search, visibility, versioned edits, withdrawal', () => {
  const h = new ResourcesHarness();
  let gaoxin: string;
  let tianfu: string;

  beforeAll(async () => {
    await h.start();
    gaoxin = await h.admittedOrganisation('咿薇托育', 'gaoxin');
    tianfu = await h.admittedOrganisation('天府新区托育中心', 'tianfu');
  }, 120_000);
  afterAll(() => h.stop());

  it('finds offers by title in Chinese; a representative sees offers to the alliance, to its district and its own', async () => {
    const hall = await h.offer(gaoxin, { title: '综合服务指导中心培训大厅' }, memberRep(gaoxin));
    const local = await h.offer(gaoxin, {
      title: '高新区专用观摩教室',
      visibility: 'districts',
      visibleDistricts: ['gaoxin'],
    });
    const found = await h.call<ResourcePage>(ResourcesRpc.searchResources, { q: '培训大厅' }, VIEWER);
    expect(found.items.map((r) => r.id)).toContain(hall.id);
    expect(found.items.map((r) => r.id)).not.toContain(local.id);
    const seenByTianfu = await h.call<ResourcePage>(
      ResourcesRpc.searchResources,
      { limit: 100 },
      memberRep(tianfu),
    );
    expect(seenByTianfu.items.map((r) => r.id)).toContain(hall.id);
    expect(seenByTianfu.items.map((r) => r.id)).not.toContain(local.id);
    const d = futureDate(2);
    const refused = await h.refusal(
      ResourcesRpc.requestBooking,
      {
        resourceId: local.id,
        organisationId: tianfu,
        startsAt: at(d, '09:00'),
        endsAt: at(d, '10:00'),
        purpose: 'x',
        headcount: 1,
      },
      memberRep(tianfu),
    );
    expect(refused.details).toMatchObject({ reason: 'not_visible' });
    // Another organisation's offer is not a representative's to make.
    expect(
      (
        await h.refusal(
          ResourcesRpc.listResource,
          {
            kind: 'venue',
            title: '别人的场地',
            ownerOrganisationId: gaoxin,
            capacity: 5,
            visibility: 'alliance',
            policy: { approval: 'auto' },
          },
          memberRep(tianfu),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('edits are versioned: of two edits from one read one wins, the other is a 409; the offer is announced', async () => {
    const hall = await h.offer(gaoxin);
    const outcomes = await Promise.allSettled([
      h.call<ResourceView>(ResourcesRpc.updateResource, { id: hall.id, expectedVersion: 1, title: '一号厅' }),
      h.call<ResourceView>(ResourcesRpc.updateResource, { id: hall.id, expectedVersion: 1, capacity: 40 }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason.payload).toMatchObject({ code: 'VERSION_CONFLICT' });
    const events = await h.streamEventsOf(hall.id, 2);
    expect(events.map((e) => e.envelope.type)).toEqual([
      ResourcesEvent.resourceListed,
      ResourcesEvent.resourceUpdated,
    ]);
    const badHours = await h.refusal(ResourcesRpc.updateResource, {
      id: hall.id,
      expectedVersion: 2,
      openingHours: [{ weekday: 1, opens: '18:00', closes: '09:00' }],
    });
    expect(badHours).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'openingHours.0.closes' }] },
    });
  });

  it('withdrawing an offer cancels its future bookings with the reason; the owner’s withdrawal is final', async () => {
    const hall = await h.offer(gaoxin);
    const d = futureDate(3);
    const booking = await h.call<BookingView>(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: tianfu,
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      purpose: '观摩',
      headcount: 3,
    });
    const withdrawn = await h.call<ResourceView>(
      ResourcesRpc.withdrawResource,
      { id: hall.id, expectedVersion: hall.version, reason: '场地改造' },
      memberRep(gaoxin),
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '场地改造', version: 2 });
    const after = await h.call<BookingPage>(
      ResourcesRpc.listBookings,
      { organisationId: tianfu },
      memberRep(tianfu),
    );
    expect(after.items.find((b) => b.id === booking.id)).toMatchObject({
      status: 'cancelled',
      cancellationReason: '资源已撤回 resource withdrawn: 场地改造',
    });
    expect(
      (await h.refusal(ResourcesRpc.withdrawResource, { id: hall.id, expectedVersion: 2, reason: '再撤' }))
        .code,
    ).toBe('ILLEGAL_TRANSITION');
    expect(
      (
        await h.refusal(ResourcesRpc.requestBooking, {
          resourceId: hall.id,
          organisationId: tianfu,
          startsAt: at(d, '11:00'),
          endsAt: at(d, '12:00'),
          purpose: 'x',
          headcount: 1,
        })
      ).details,
    ).toMatchObject({ reason: 'resource_withdrawn' });
  });

  it('books the night Europe changes its clocks as any other night: Asia/Shanghai keeps UTC+8', async () => {
    const hall = await h.offer(gaoxin, { openingHours: [{ weekday: 7, opens: '00:00', closes: '24:00' }] });
    const sunday = nextClockChangeSunday(8);
    const booking = await h.call<BookingView>(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: tianfu,
      startsAt: `${sunday}T01:30:00+08:00`,
      endsAt: `${sunday}T03:30:00+08:00`,
      purpose: '夜间演练',
      headcount: 2,
    });
    expect(booking.startsAt).toBe(instantAt(sunday, '01:30').toISOString());
    expect(new Date(booking.endsAt).getTime() - new Date(booking.startsAt).getTime()).toBe(2 * 3_600_000);
    const clash = await h.refusal(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: gaoxin,
      startsAt: `${sunday}T03:00:00+08:00`,
      endsAt: `${sunday}T04:00:00+08:00`,
      purpose: 'x',
      headcount: 1,
    });
    expect(clash.message).toContain(`${sunday} 01:30–03:30`);
  });
});
