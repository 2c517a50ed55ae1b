import type { DomainError } from '@alliance/contracts';
import type { ResourceEntity } from '../resource/resource.entity';
import { instantAt } from '../shared/shanghai-time';
import { checkSlot } from './booking-rules';

const resource = (overrides: Partial<ResourceEntity> = {}) =>
  ({
    capacity: 20,
    minNoticeMinutes: 24 * 60,
    maxDurationMinutes: 180,
    blackouts: [{ from: '2027-01-01', to: '2027-01-03', reason: '元旦' }],
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
    ...overrides,
  }) as ResourceEntity;

const now = instantAt('2026-12-01', '10:00');
const slot = (date: string, from: string, to: string) => ({
  startsAt: instantAt(date, from),
  endsAt: instantAt(date, to),
});

function reasonOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return ((error as DomainError).details?.reason as string) ?? 'not a refusal';
  }
}

describe('the rules of one slot', () => {
  it('lets a slot through that breaks none', () => {
    expect(reasonOf(() => checkSlot(resource(), slot('2026-12-07', '09:00', '12:00'), 20, now))).toBeNull();
  });

  it.each([
    ['over_capacity', slot('2026-12-07', '09:00', '10:00'), 21],
    ['in_the_past', slot('2026-11-30', '09:00', '10:00'), 1],
    ['notice_too_short', slot('2026-12-02', '09:00', '10:00'), 1],
    ['too_long', slot('2026-12-07', '08:00', '11:01'), 1],
    ['blackout', slot('2027-01-01', '09:00', '10:00'), 1],
    ['outside_opening_hours', slot('2026-12-05', '09:00', '10:00'), 1],
    ['outside_opening_hours', slot('2026-12-07', '17:00', '18:30'), 1],
  ])('refuses with %s', (reason, s, headcount) => {
    expect(reasonOf(() => checkSlot(resource(), s, headcount, now))).toBe(reason);
  });

  it('names the field and the rule for problem+json', () => {
    try {
      checkSlot(resource(), slot('2027-01-02', '09:00', '10:00'), 1, now);
    } catch (error) {
      expect((error as DomainError).details?.fields).toEqual([
        {
          field: 'startsAt',
          reasons: [expect.stringMatching(/^blackout: .*2027-01-01–2027-01-03 \(元旦\)/)],
        },
      ]);
      return;
    }
    throw new Error('not refused');
  });
});
