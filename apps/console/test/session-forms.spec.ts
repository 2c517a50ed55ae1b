import { meetingRowProblem } from '../src/pages/training/session-form';

describe('rescheduling a session: what the form checks before the gateway is asked', () => {
  it('refuses a meeting that ends before it starts or overlaps another that day', () => {
    const rows = [
      { date: '2026-12-05', starts: '09:00', ends: '12:00' },
      { date: '2026-12-05', starts: '11:00', ends: '13:00' },
      { date: '2026-12-05', starts: '14:00', ends: '17:00' },
      { date: '2026-12-06', starts: '11:00', ends: '13:00' },
      { date: '2026-12-07', starts: '15:00', ends: '15:00' },
      { date: '2026-12-08', starts: '15:00' },
    ];
    expect(rows.map((_, i) => meetingRowProblem(rows, i))).toEqual([
      'overlap',
      'overlap',
      null,
      null,
      'order',
      null,
    ]);
  });
});
