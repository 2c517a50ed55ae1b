import { MembershipEvent } from '@alliance/contracts/membership';
import {
  ResourcesEvent,
  ResourcesRpc,
  type BookingView,
  type PlaceRequestView,
  type ResourcePage,
  type ResourceView,
} from '@alliance/contracts/resources';
import { waitFor } from '@alliance/testing';
import { addMonths, localMonth } from '../src/shared/shanghai-time';
import { at, futureDate, memberRep, ResourcesHarness } from './resources-harness';

describe('reactions to membership: suspension, withdrawal and expulsion withdraw and cancel; reinstatement lets it book again', () => {
  const h = new ResourcesHarness();

  beforeAll(() => h.start(), 60_000);
  afterAll(() => h.stop());

  const book = (resource: ResourceView, organisationId: string, date: string, from: string, to: string) =>
    h.call<BookingView>(
      ResourcesRpc.requestBooking,
      {
        resourceId: resource.id,
        organisationId,
        startsAt: at(date, from),
        endsAt: at(date, to),
        purpose: '培训',
        headcount: 5,
      },
      memberRep(organisationId),
    );
  const booking = (id: string) => h.call<BookingView>(ResourcesRpc.getBooking, { id });
  const resource = (id: string) => h.call<ResourceView>(ResourcesRpc.getResource, { id });

  it('a suspended owner’s resources are withdrawn and others’ future bookings of them cancelled with the reason; its own bookings and requests are cancelled; reinstated, it lists and books again', async () => {
    const owner = await h.admittedOrganisation('高新妇女儿童医院');
    const guest = await h.admittedOrganisation('咿薇托育');
    const third = await h.admittedOrganisation('因特贝托育');
    const expert = await h.offer(
      owner,
      { kind: 'expert', title: '儿科专家 李医生', capacity: 50 },
      memberRep(owner),
    );
    const hall = await h.offer(guest, { title: '咿薇托育培训大厅' }, memberRep(guest));
    const places = await h.offer(guest, {
      kind: 'places',
      title: '托位',
      capacity: 5,
      policy: { approval: 'owner' },
      availableFrom: addMonths(localMonth(new Date()), 1),
      availableUntil: addMonths(localMonth(new Date()), 6),
    });
    const d = futureDate(2);
    const othersBooking = await book(expert, guest, d, '09:00', '10:00');
    const thirdBooking = await book(expert, third, d, '10:00', '11:00');
    const ownBooking = await book(hall, owner, d, '14:00', '16:00');
    const ownRequest = await h.call<PlaceRequestView>(
      ResourcesRpc.requestPlaces,
      {
        resourceId: places.id,
        organisationId: owner,
        quantity: 1,
        fromMonth: addMonths(localMonth(new Date()), 1),
        toMonth: addMonths(localMonth(new Date()), 2),
        purpose: '职工子女',
      },
      memberRep(owner),
    );
    // A booking that has begun is history, not cancelled.
    await h.dataSource.query(
      `UPDATE booking SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [thirdBooking.id],
    );

    await h.changeStatus(owner, MembershipEvent.memberSuspended, 'admitted', 'suspended', '资质年检未通过');

    const withdrawn = await waitFor(async () => {
      const r = await resource(expert.id);
      return r.status === 'withdrawn' ? r : null;
    });
    expect(withdrawn.withdrawalReason).toBe('成员单位暂停 organisation suspended: 资质年检未通过');
    const cancelled = await booking(othersBooking.id);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellationReason: expect.stringContaining('资质年检未通过'),
    });
    expect((await booking(thirdBooking.id)).status).toBe('approved');
    expect((await booking(ownBooking.id)).status).toBe('cancelled');
    const requests = await h.call<{ items: PlaceRequestView[] }>(ResourcesRpc.listPlaceRequests, {
      organisationId: owner,
    });
    expect(requests.items.find((r) => r.id === ownRequest.id)!.status).toBe('cancelled');
    const events = await h.streamEventsOf(othersBooking.id, 3);
    expect(events.map((e) => e.envelope.type)).toEqual([
      ResourcesEvent.bookingRequested,
      ResourcesEvent.bookingApproved,
      ResourcesEvent.bookingCancelled,
    ]);
    expect(events[2].envelope.causationId).not.toBeNull();

    // Suspended: it may neither list nor book.
    expect(
      (
        await h.refusal(
          ResourcesRpc.listResource,
          {
            kind: 'venue',
            title: '会议室',
            ownerOrganisationId: owner,
            capacity: 10,
            visibility: 'alliance',
            policy: { approval: 'auto' },
          },
          memberRep(owner),
        )
      ).details!.reason,
    ).toBe('organisation_not_admitted');
    expect(
      (
        await h.refusal(
          ResourcesRpc.requestBooking,
          {
            resourceId: hall.id,
            organisationId: owner,
            startsAt: at(d, '16:00'),
            endsAt: at(d, '17:00'),
            purpose: 'x',
            headcount: 1,
          },
          memberRep(owner),
        )
      ).details!.reason,
    ).toBe('organisation_not_admitted');
    const listed = await h.call<ResourcePage>(ResourcesRpc.searchResources, { ownerOrganisationId: owner });
    expect(listed.items).toEqual([]);

    // Reinstated: it lists and books again; what was cancelled stays cancelled.
    await h.changeStatus(owner, MembershipEvent.memberReinstated, 'suspended', 'admitted', '整改完成');
    const relisted = await h.offer(
      owner,
      { kind: 'expert', title: '儿科专家 李医生', capacity: 50 },
      memberRep(owner),
    );
    expect(relisted.status).toBe('listed');
    expect((await book(hall, owner, d, '16:00', '17:00')).status).toBe('approved');
    expect((await booking(ownBooking.id)).status).toBe('cancelled');
    expect((await resource(expert.id)).status).toBe('withdrawn');
  });

  it('withdrawal and expulsion do the same', async () => {
    for (const [type, status] of [
      [MembershipEvent.memberWithdrawn, 'withdrawn'],
      [MembershipEvent.memberExpelled, 'expelled'],
    ] as const) {
      const owner = await h.admittedOrganisation();
      const guest = await h.admittedOrganisation();
      const hall = await h.offer(owner);
      const b = await book(hall, guest, futureDate(3), '09:00', '10:00');
      await h.changeStatus(owner, type, 'admitted', status, status === 'expelled' ? '严重违规' : null);
      await waitFor(async () => (await booking(b.id)).status === 'cancelled');
      expect((await resource(hall.id)).status).toBe('withdrawn');
      const [row] = await h.dataSource.query(
        `SELECT status, version FROM member_organisation WHERE organisation_id = $1`,
        [owner],
      );
      expect(row).toEqual({ status, version: 3 });
    }
  });
});
