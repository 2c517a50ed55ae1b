import type { RpcErrorPayload } from '@alliance/contracts';
import {
  ResourcesRpc,
  type PlaceRequestPage,
  type PlaceRequestView,
  type ReciprocityView,
  type ResourceView,
} from '@alliance/contracts/resources';
import { addMonths, localMonth } from '../src/shared/shanghai-time';
import { at, futureDate, memberRep, ResourcesHarness } from './resources-harness';

describe('spare places and materials: approvals never exceed the offer in any month (real PostgreSQL and NATS)', () => {
  const h = new ResourcesHarness();
  let kindergarten: string;
  const families: string[] = [];
  const next = addMonths(localMonth(new Date()), 1);

  const offerPlaces = (approval: 'auto' | 'owner', capacity = 10) =>
    h.offer(kindergarten, {
      kind: 'places',
      title: '天府国际生物城第一幼儿园 托位',
      capacity,
      policy: { approval },
      availableFrom: next,
      availableUntil: addMonths(next, 11),
    });
  const ask = (
    resource: ResourceView,
    organisationId: string,
    quantity = 1,
    fromMonth = next,
    toMonth = addMonths(next, 2),
  ) =>
    h.call<PlaceRequestView>(
      ResourcesRpc.requestPlaces,
      { resourceId: resource.id, organisationId, quantity, fromMonth, toMonth, purpose: '临时托育' },
      memberRep(organisationId),
    );
  const settle = <T>(p: Promise<T>) =>
    p.then(
      (ok) => ({ ok, error: null as RpcErrorPayload | null }),
      (e: { payload: RpcErrorPayload }) => ({ ok: null as T | null, error: e.payload }),
    );

  beforeAll(async () => {
    await h.start();
    kindergarten = await h.admittedOrganisation('成都天府国际生物城第一幼儿园', 'tianfu');
    for (let i = 0; i < 6; i++) families.push(await h.admittedOrganisation(`托育机构${i}`));
  }, 120_000);
  afterAll(() => h.stop());

  it('30 requests at once against 10 auto-approved places: exactly 10 approved, 20 refused as over the offer', async () => {
    const places = await offerPlaces('auto');
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => settle(ask(places, families[i % families.length]))),
    );
    const approved = outcomes.filter((o) => o.ok?.status === 'approved');
    expect(approved).toHaveLength(10);
    for (const o of outcomes.filter((x) => x.error)) {
      expect(o.error).toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        details: { reason: 'over_offer', free: 0 },
      });
    }
    const [{ n }] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM place_request WHERE resource_id = $1 AND status = 'approved'`,
      [places.id],
    );
    expect(n).toBe(10);
  });

  it('30 owner approvals at once of 30 requests (2 places each) against 10 offered: never more than 10 in any month', async () => {
    const places = await offerPlaces('owner');
    const requests: PlaceRequestView[] = [];
    for (let i = 0; i < 30; i++) {
      // Periods overlap differently: months next..next+2, next+1..next+3, next+2..next+4.
      const shift = i % 3;
      requests.push(
        await ask(
          places,
          families[i % families.length],
          2,
          addMonths(next, shift),
          addMonths(next, shift + 2),
        ),
      );
    }
    expect(requests.every((r) => r.status === 'requested')).toBe(true);
    const outcomes = await Promise.all(
      requests.map((r) =>
        settle(
          h.call<PlaceRequestView>(
            ResourcesRpc.approvePlaceRequest,
            { id: r.id, expectedVersion: r.version },
            memberRep(kindergarten),
          ),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(0);
    const perMonth = (await h.dataSource.query(
      `SELECT to_char(m, 'YYYY-MM') AS month, sum(p.quantity)::int AS approved
         FROM place_request p, generate_series(p.from_month, p.to_month, interval '1 month') m
        WHERE p.resource_id = $1 AND p.status = 'approved' GROUP BY m`,
      [places.id],
    )) as Array<{ month: string; approved: number }>;
    expect(Math.max(...perMonth.map((m) => m.approved))).toBeLessThanOrEqual(10);
    expect(perMonth.find((m) => m.month === addMonths(next, 2))!.approved).toBe(10);
    for (const o of outcomes.filter((x) => x.error)) expect(o.error!.details!.reason).toBe('over_offer');

    // The owner cannot shrink the offer below what it promised.
    const current = await h.call<ResourceView>(ResourcesRpc.getResource, { id: places.id });
    const shrink = await h.refusal(
      ResourcesRpc.updateResource,
      { id: places.id, expectedVersion: current.version, capacity: 4 },
      memberRep(kindergarten),
    );
    expect(shrink).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'capacity' }] } });
  });

  it('refuses months outside the offer, a timed resource, and a past month, each naming the field', async () => {
    const places = await offerPlaces('owner');
    const outside = await h.refusal(
      ResourcesRpc.requestPlaces,
      {
        resourceId: places.id,
        organisationId: families[0],
        quantity: 1,
        fromMonth: next,
        toMonth: addMonths(next, 13),
        purpose: 'x',
      },
      memberRep(families[0]),
    );
    expect(outside).toMatchObject({ details: { reason: 'outside_offer', fields: [{ field: 'toMonth' }] } });
    const hall = await h.offer(kindergarten);
    expect(
      (
        await h.refusal(ResourcesRpc.requestPlaces, {
          resourceId: hall.id,
          organisationId: families[0],
          quantity: 1,
          fromMonth: next,
          toMonth: next,
          purpose: 'x',
        })
      ).details!.reason,
    ).toBe('not_quantity');
    expect(
      (
        await h.refusal(ResourcesRpc.requestPlaces, {
          resourceId: places.id,
          organisationId: families[0],
          quantity: 1,
          fromMonth: '2020-01',
          toMonth: next,
          purpose: 'x',
        })
      ).details!.fields,
    ).toEqual([{ field: 'fromMonth', reasons: ['fromMonth must not be in the past'] }]);
    const list = await h.call<PlaceRequestPage>(
      ResourcesRpc.listPlaceRequests,
      { ownerOrganisationId: kindergarten, status: 'requested' },
      memberRep(kindergarten),
    );
    expect(list.items.every((r) => r.ownerOrganisationId === kindergarten)).toBe(true);
  });

  it('reciprocity: what each organisation offered, what others used of it and what it used of others, per district', async () => {
    const hall = await h.offer(kindergarten, { title: '多功能厅' });
    const d = futureDate(2);
    await h.call(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: families[0],
      startsAt: at(d, '09:00'),
      endsAt: at(d, '11:30'),
      purpose: '教研',
      headcount: 10,
    });
    // The kindergarten's own use of its hall is not sharing.
    await h.call(ResourcesRpc.requestBooking, {
      resourceId: hall.id,
      organisationId: kindergarten,
      startsAt: at(d, '13:00'),
      endsAt: at(d, '14:00'),
      purpose: '自用',
      headcount: 10,
    });
    const report = await h.call<ReciprocityView>(ResourcesRpc.reciprocity, { from: d, to: d });
    const k = report.organisations.find((o) => o.organisationId === kindergarten)!;
    expect(k.usedByOthers.hours).toBe(2.5);
    expect(k.usedByOthers.bookings).toBe(1);
    expect(k.usedOfOthers.hours).toBe(0);
    const f = report.organisations.find((o) => o.organisationId === families[0])!;
    expect(f.usedOfOthers.hours).toBe(2.5);
    expect(report.districts.find((x) => x.districtCode === 'tianfu')!.usedByOthers.hours).toBe(2.5);
    expect(report.districts.find((x) => x.districtCode === 'gaoxin')!.usedOfOthers.hours).toBe(2.5);

    const months = await h.call<ReciprocityView>(ResourcesRpc.reciprocity, {
      from: `${next}-01`,
      to: `${addMonths(next, 2)}-28`,
      districtCode: 'tianfu',
    });
    const kk = months.organisations.find((o) => o.organisationId === kindergarten)!;
    // 10 auto-approved single places over 3 months, plus the owner-approved ones in these months.
    expect(kk.usedByOthers.placeMonths).toBeGreaterThanOrEqual(30);
    expect(months.organisations.every((o) => o.districtCode === 'tianfu')).toBe(true);
    expect(
      (await h.refusal(ResourcesRpc.reciprocity, { from: d, to: '2020-01-01' })).details!.fields,
    ).toEqual([{ field: 'to', reasons: ['to must not be before from'] }]);
  });
});
