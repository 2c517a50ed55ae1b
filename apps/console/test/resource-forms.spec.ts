import {
  addDays,
  mondayOf,
  monthRangeProblem,
  offerBody,
  openingRowProblem,
  type OfferFields,
} from '../src/pages/resources/resource-form';

describe('offering a resource: what the form checks before the gateway is asked', () => {
  it('refuses opening hours that close before they open or overlap the same weekday', () => {
    const rows = [
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 1, opens: '11:30', closes: '14:00' },
      { weekday: 2, opens: '11:30', closes: '14:00' },
      { weekday: 3, opens: '18:00', closes: '08:00' },
      { weekday: 1, opens: '12:00', closes: '24:00' },
      { weekday: 4, opens: '10:00', closes: '10:00' },
    ];
    expect(rows.map((_, i) => openingRowProblem(rows, i))).toEqual([
      'overlap',
      'overlap',
      null,
      'order',
      'overlap',
      'order',
    ]);
    // Touching hours (closes 12:00, opens 12:00) are two halves of a day, not an overlap.
    const halves = [rows[0], rows[4]];
    expect(halves.map((_, i) => openingRowProblem(halves, i))).toEqual([null, null]);
    // A row still being typed is not judged yet.
    expect(openingRowProblem([{ weekday: 1, opens: '09:00' }], 0)).toBeNull();
  });

  it('refuses a months period that ends before it starts', () => {
    expect(monthRangeProblem('2026-09', '2026-08')).toBe('order');
    expect(monthRangeProblem('2026-09', '2026-09')).toBeNull();
    expect(monthRangeProblem('2026-12', '2027-01')).toBeNull();
    expect(monthRangeProblem(undefined, '2026-01')).toBeNull();
  });

  it('sends a venue with its hours and policy, and places with their period only', () => {
    const venue: OfferFields = {
      kind: 'venue',
      title: '  锦江区托育中心活动室 ',
      description: ' ',
      ownerOrganisationId: 'picked',
      districtCode: 'jinjiang',
      capacity: 30,
      openingHours: [{ weekday: 6, opens: '09:00', closes: '17:00' }],
      policy: { approval: 'owner', minNoticeMinutes: 1440, maxDurationMinutes: null, monthlyQuota: 4 },
      availableFrom: '2026-09',
    };
    expect(offerBody(venue, 'own-org')).toEqual({
      kind: 'venue',
      title: '锦江区托育中心活动室',
      ownerOrganisationId: 'own-org',
      districtCode: 'jinjiang',
      capacity: 30,
      visibility: 'alliance',
      openingHours: [{ weekday: 6, opens: '09:00', closes: '17:00' }],
      policy: { approval: 'owner', minNoticeMinutes: 1440, monthlyQuota: 4 },
    });
    const places: OfferFields = {
      ...venue,
      kind: 'places',
      policy: { approval: 'auto', minNoticeMinutes: 60 },
      availableUntil: '2027-06',
    };
    expect(offerBody(places, null)).toEqual({
      kind: 'places',
      title: '锦江区托育中心活动室',
      ownerOrganisationId: 'picked',
      districtCode: 'jinjiang',
      capacity: 30,
      visibility: 'alliance',
      policy: { approval: 'auto' },
      availableFrom: '2026-09',
      availableUntil: '2027-06',
    });
  });

  it('finds the Monday of a week across month and year ends', () => {
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
