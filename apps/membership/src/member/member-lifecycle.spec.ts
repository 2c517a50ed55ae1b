import { MEMBER_STATUSES, MembershipEvent, type MemberStatus } from '@alliance/contracts/membership';
import {
  MEMBER_LIFECYCLE_ACTIONS,
  allowedActions,
  decideTransition,
  isProfileEditable,
  type MemberLifecycleAction,
} from './member-lifecycle';

// The expected table, written out independently of the implementation: status → action → next status.
const EXPECTED: Record<MemberStatus, Partial<Record<MemberLifecycleAction, MemberStatus>>> = {
  applied: { admit: 'admitted', reject: 'rejected' },
  admitted: { suspend: 'suspended', withdraw: 'withdrawn', expel: 'expelled' },
  suspended: { reinstate: 'admitted', withdraw: 'withdrawn', expel: 'expelled' },
  rejected: {},
  withdrawn: {},
  expelled: {},
};

describe('member lifecycle', () => {
  const cells = MEMBER_STATUSES.flatMap((from) =>
    MEMBER_LIFECYCLE_ACTIONS.map((action) => [from, action] as const),
  );

  it('covers every status and every action', () => {
    expect(cells).toHaveLength(6 * 6);
  });

  it.each(cells)('%s + %s follows the table', (from, action) => {
    const outcome = decideTransition(from, action, 'a reason');
    const expected = EXPECTED[from][action];
    if (expected) {
      expect(outcome).toMatchObject({ allowed: true, to: expected });
    } else {
      expect(outcome).toMatchObject({ allowed: false, reason: 'illegal-transition' });
      const offered =
        outcome.allowed || outcome.reason !== 'illegal-transition' ? [] : outcome.allowedActions;
      expect([...offered].sort()).toEqual(Object.keys(EXPECTED[from]).sort());
    }
  });

  it('requires a non-blank reason to reject, suspend and expel, and no other', () => {
    expect(decideTransition('applied', 'reject', undefined)).toEqual({
      allowed: false,
      reason: 'reason-required',
    });
    expect(decideTransition('admitted', 'suspend', '  ')).toEqual({
      allowed: false,
      reason: 'reason-required',
    });
    expect(decideTransition('suspended', 'expel', null)).toEqual({
      allowed: false,
      reason: 'reason-required',
    });
    expect(decideTransition('applied', 'admit', undefined)).toMatchObject({ allowed: true });
    expect(decideTransition('suspended', 'reinstate', undefined)).toMatchObject({ allowed: true });
    expect(decideTransition('admitted', 'withdraw', null)).toMatchObject({ allowed: true });
  });

  it('reports an illegal transition before a missing reason', () => {
    expect(decideTransition('rejected', 'expel', undefined)).toMatchObject({ reason: 'illegal-transition' });
  });

  it('names the event and history entry of each transition', () => {
    const outcome = decideTransition('suspended', 'reinstate', null);
    expect(outcome.allowed && outcome.rule.event).toBe(MembershipEvent.memberReinstated);
    expect(outcome.allowed && outcome.rule.historyAction).toBe('reinstated');
  });

  it('leaves nothing to do in the final statuses', () => {
    expect(allowedActions('rejected')).toEqual([]);
    expect(allowedActions('withdrawn')).toEqual([]);
    expect(allowedActions('expelled')).toEqual([]);
    expect(MEMBER_STATUSES.filter(isProfileEditable)).toEqual(['applied', 'admitted', 'suspended']);
  });
});
