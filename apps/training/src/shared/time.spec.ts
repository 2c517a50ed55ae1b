import { addDays, addMonths, allianceDate, allianceTimeRange, daysBetween } from './time';

describe('alliance time (Asia/Shanghai)', () => {
  it('dates an instant in Shanghai, not UTC', () => {
    expect(allianceDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(allianceDate(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31');
  });

  it('shows a meeting in local time, with the end date only when it differs', () => {
    expect(allianceTimeRange(new Date('2026-12-01T01:00:00Z'), new Date('2026-12-01T03:30:00Z'))).toBe(
      '2026-12-01 09:00–11:30',
    );
    expect(allianceTimeRange(new Date('2026-12-01T14:00:00Z'), new Date('2026-12-01T17:00:00Z'))).toBe(
      '2026-12-01 22:00–2026-12-02 01:00',
    );
  });

  it('adds months clamped to the month’s last day, and days across months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-06-15', 24)).toBe('2028-06-15');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });
});
