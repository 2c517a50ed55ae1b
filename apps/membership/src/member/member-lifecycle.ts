import {
  MembershipEvent,
  MemberStatus,
  type MemberHistoryAction,
  type MembershipEventType,
} from '@alliance/contracts/membership';

/** Commands that move a member organisation through its lifecycle. */
export type MemberLifecycleAction = 'admit' | 'reject' | 'suspend' | 'reinstate' | 'withdraw' | 'expel';

export interface MemberTransitionRule {
  from: readonly MemberStatus[];
  to: MemberStatus;
  /** Reject, suspend and expel are told to the organisation and may be contested: they need a reason. */
  reasonRequired: boolean;
  historyAction: MemberHistoryAction;
  event: MembershipEventType;
}

/**
 * The whole lifecycle in one table, so that the rules can be read (and tested) in one place:
 * applied → admitted | rejected; admitted → suspended → admitted (reinstated);
 * admitted | suspended → withdrawn | expelled. Rejected, withdrawn and expelled are final.
 */
export const MEMBER_LIFECYCLE: Readonly<Record<MemberLifecycleAction, MemberTransitionRule>> = {
  admit: {
    from: [MemberStatus.Applied],
    to: MemberStatus.Admitted,
    reasonRequired: false,
    historyAction: 'admitted',
    event: MembershipEvent.memberAdmitted,
  },
  reject: {
    from: [MemberStatus.Applied],
    to: MemberStatus.Rejected,
    reasonRequired: true,
    historyAction: 'rejected',
    event: MembershipEvent.memberRejected,
  },
  suspend: {
    from: [MemberStatus.Admitted],
    to: MemberStatus.Suspended,
    reasonRequired: true,
    historyAction: 'suspended',
    event: MembershipEvent.memberSuspended,
  },
  reinstate: {
    from: [MemberStatus.Suspended],
    to: MemberStatus.Admitted,
    reasonRequired: false,
    historyAction: 'reinstated',
    event: MembershipEvent.memberReinstated,
  },
  withdraw: {
    from: [MemberStatus.Admitted, MemberStatus.Suspended],
    to: MemberStatus.Withdrawn,
    reasonRequired: false,
    historyAction: 'withdrawn',
    event: MembershipEvent.memberWithdrawn,
  },
  expel: {
    from: [MemberStatus.Admitted, MemberStatus.Suspended],
    to: MemberStatus.Expelled,
    reasonRequired: true,
    historyAction: 'expelled',
    event: MembershipEvent.memberExpelled,
  },
};

export const MEMBER_LIFECYCLE_ACTIONS = Object.keys(MEMBER_LIFECYCLE) as MemberLifecycleAction[];

export type TransitionOutcome =
  | { allowed: true; to: MemberStatus; rule: MemberTransitionRule }
  | { allowed: false; reason: 'illegal-transition'; allowedActions: MemberLifecycleAction[] }
  | { allowed: false; reason: 'reason-required' };

/** Decides whether `action` may be applied to an organisation in status `from`. Pure. */
export function decideTransition(
  from: MemberStatus,
  action: MemberLifecycleAction,
  reason: string | null | undefined,
): TransitionOutcome {
  const rule = MEMBER_LIFECYCLE[action];
  if (!rule.from.includes(from)) {
    return { allowed: false, reason: 'illegal-transition', allowedActions: allowedActions(from) };
  }
  if (rule.reasonRequired && !reason?.trim()) return { allowed: false, reason: 'reason-required' };
  return { allowed: true, to: rule.to, rule };
}

export function allowedActions(from: MemberStatus): MemberLifecycleAction[] {
  return MEMBER_LIFECYCLE_ACTIONS.filter((action) => MEMBER_LIFECYCLE[action].from.includes(from));
}

/**
 * Statuses of a record still in the alliance's hands. At most one record per credit code is live (a unique
 * index of the database holds it); after a final status the organisation may apply again as a new record.
 */
export const LIVE_MEMBER_STATUSES: readonly MemberStatus[] = [
  MemberStatus.Applied,
  MemberStatus.Admitted,
  MemberStatus.Suspended,
];

export function isLiveRecord(status: MemberStatus): boolean {
  return LIVE_MEMBER_STATUSES.includes(status);
}

/** Final statuses keep the record as it was when the organisation left; its profile is no longer edited. */
export function isProfileEditable(status: MemberStatus): boolean {
  return isLiveRecord(status);
}

/** Only admitted organisations take part in alliance work (working groups, figures of places). */
export function isActiveMember(status: MemberStatus): boolean {
  return status === MemberStatus.Admitted;
}
