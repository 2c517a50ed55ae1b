import {
  addDays,
  addMonths,
  formatRange,
  instantAt,
  localDate,
  localMonth,
  monthRange,
  monthsInclusive,
  touchedSpan,
  weekdayOf,
  withinOpeningHours,
} from './shanghai-time';

describe('Asia/Shanghai calendar arithmetic', () => {
  it('puts an instant on its local date: 16:00Z is the next day in Shanghai', () => {
    expect(localDate(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(localDate(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(localMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });

  it('makes local instants with a fixed +08:00, also on the dates other zones change their clocks', () => {
    expect(instantAt('2026-12-01', '09:00').toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(instantAt('2026-03-29', '02:30').toISOString()).toBe('2026-03-28T18:30:00.000Z');
    expect(instantAt('2026-11-01', '24:00').toISOString()).toBe('2026-11-01T16:00:00.000Z');
  });

  it('counts weekdays, days and months', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-12-06')).toBe(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(monthsInclusive('2026-11', '2027-02')).toBe(4);
    expect(monthsInclusive('2027-02', '2026-11')).toBe(0);
    expect(monthRange('2026-12', '2027-01')).toEqual(['2026-12', '2027-01']);
  });

  it('formats a range, with the end date when it is another day', () => {
    expect(formatRange(instantAt('2026-12-01', '09:00'), instantAt('2026-12-01', '11:30'))).toBe(
      '2026-12-01 09:00–11:30 (Asia/Shanghai)',
    );
    expect(formatRange(instantAt('2026-12-01', '22:00'), instantAt('2026-12-02', '01:00'))).toBe(
      '2026-12-01 22:00–2026-12-02 01:00 (Asia/Shanghai)',
    );
  });

  describe('opening hours', () => {
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));

    it('covers a booking inside the day and refuses one running past closing or on a closed day', () => {
      expect(
        withinOpeningHours(weekdays, instantAt('2026-11-30', '09:00'), instantAt('2026-11-30', '18:00')),
      ).toBe(true);
      expect(
        withinOpeningHours(weekdays, instantAt('2026-11-30', '07:59'), instantAt('2026-11-30', '09:00')),
      ).toBe(false);
      expect(
        withinOpeningHours(weekdays, instantAt('2026-11-30', '17:00'), instantAt('2026-11-30', '18:01')),
      ).toBe(false);
      expect(
        withinOpeningHours(weekdays, instantAt('2026-12-05', '09:00'), instantAt('2026-12-05', '10:00')),
      ).toBe(false);
    });

    it('joins the evening of one day with the early hours of the next across midnight', () => {
      const nights = [
        { weekday: 1, opens: '18:00', closes: '24:00' },
        { weekday: 2, opens: '00:00', closes: '02:00' },
      ];
      expect(
        withinOpeningHours(nights, instantAt('2026-11-30', '22:00'), instantAt('2026-12-01', '01:00')),
      ).toBe(true);
      expect(
        withinOpeningHours(nights, instantAt('2026-11-30', '22:00'), instantAt('2026-12-01', '03:00')),
      ).toBe(false);
    });

    it('is always open without hours', () => {
      expect(withinOpeningHours([], instantAt('2026-12-05', '23:00'), instantAt('2026-12-06', '05:00'))).toBe(
        true,
      );
    });
  });

  it('finds the blackout a booking touches (dates inclusive, local)', () => {
    const spans = [{ from: '2027-01-01', to: '2027-01-03', reason: '元旦' }];
    expect(
      touchedSpan(spans, instantAt('2026-12-31', '22:00'), instantAt('2027-01-01', '00:30'))?.reason,
    ).toBe('元旦');
    expect(touchedSpan(spans, instantAt('2026-12-31', '22:00'), instantAt('2027-01-01', '00:00'))).toBeNull();
    expect(
      touchedSpan(spans, instantAt('2027-01-03', '23:00'), instantAt('2027-01-04', '01:00'))?.reason,
    ).toBe('元旦');
    expect(touchedSpan(spans, instantAt('2027-01-04', '00:00'), instantAt('2027-01-04', '01:00'))).toBeNull();
  });
});
