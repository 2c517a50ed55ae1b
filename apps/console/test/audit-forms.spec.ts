import { amendRowProblem } from '../src/pages/compliance/audit-form';

describe('amending a submitted audit: what the form checks before the gateway is asked', () => {
  it('takes each criterion once and asks why one does not apply', () => {
    const rows = [
      { criterionId: 'c1', result: 'met' as const },
      { criterionId: 'c2', result: 'not_applicable' as const, reason: '  ' },
      { criterionId: 'c1', result: 'not_met' as const },
      { criterionId: 'c3', result: 'not_applicable' as const, reason: '本园不提供夜间托育' },
      {},
      undefined,
    ];
    expect(rows.map((_, i) => amendRowProblem(rows, i))).toEqual([
      null,
      'naReason',
      'duplicate',
      null,
      null,
      null,
    ]);
  });
});
