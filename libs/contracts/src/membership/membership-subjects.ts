import { eventType, rpcSubject } from '../events/subjects';

export const MEMBERSHIP_CONTEXT = 'membership';

/** Request-reply subjects served by the membership service (before any deployment prefix). */
export const MembershipRpc = {
  applyMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'apply'),
  admitMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'admit'),
  rejectMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'reject'),
  suspendMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'suspend'),
  reinstateMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'reinstate'),
  withdrawMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'withdraw'),
  expelMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'expel'),
  updateMemberProfile: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'update-profile'),
  decideAffordableDesignation: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'decide-affordable-designation'),
  getMember: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'get'),
  listMembers: rpcSubject(MEMBERSHIP_CONTEXT, 'member', 'list'),
  listDistricts: rpcSubject(MEMBERSHIP_CONTEXT, 'district', 'list'),
  districtFigures: rpcSubject(MEMBERSHIP_CONTEXT, 'district', 'figures'),
  formWorkingGroup: rpcSubject(MEMBERSHIP_CONTEXT, 'working-group', 'form'),
  addWorkingGroupMember: rpcSubject(MEMBERSHIP_CONTEXT, 'working-group', 'add-member'),
  removeWorkingGroupMember: rpcSubject(MEMBERSHIP_CONTEXT, 'working-group', 'remove-member'),
  dissolveWorkingGroup: rpcSubject(MEMBERSHIP_CONTEXT, 'working-group', 'dissolve'),
  nameWorkingGroupChair: rpcSubject(MEMBERSHIP_CONTEXT, 'working-group', 'name-chair'),
  getWorkingGroup: rpcSubject(MEMBERSHIP_CONTEXT, 'working-group', 'get'),
  listWorkingGroups: rpcSubject(MEMBERSHIP_CONTEXT, 'working-group', 'list'),
} as const;
export type MembershipRpcSubject = (typeof MembershipRpc)[keyof typeof MembershipRpc];

/** Event types (= subjects before any prefix) published by the membership service. */
export const MembershipEvent = {
  memberApplied: eventType(MEMBERSHIP_CONTEXT, 'member', 'applied'),
  memberAdmitted: eventType(MEMBERSHIP_CONTEXT, 'member', 'admitted'),
  memberRejected: eventType(MEMBERSHIP_CONTEXT, 'member', 'rejected'),
  memberSuspended: eventType(MEMBERSHIP_CONTEXT, 'member', 'suspended'),
  memberReinstated: eventType(MEMBERSHIP_CONTEXT, 'member', 'reinstated'),
  memberWithdrawn: eventType(MEMBERSHIP_CONTEXT, 'member', 'withdrawn'),
  memberExpelled: eventType(MEMBERSHIP_CONTEXT, 'member', 'expelled'),
  memberProfileUpdated: eventType(MEMBERSHIP_CONTEXT, 'member', 'profile-updated'),
  memberAffordableDesignationReviewOpened: eventType(
    MEMBERSHIP_CONTEXT,
    'member',
    'affordable-designation-review-opened',
  ),
  memberAffordableDesignationReviewed: eventType(
    MEMBERSHIP_CONTEXT,
    'member',
    'affordable-designation-reviewed',
  ),
  workingGroupFormed: eventType(MEMBERSHIP_CONTEXT, 'working-group', 'formed'),
  workingGroupMemberAdded: eventType(MEMBERSHIP_CONTEXT, 'working-group', 'member-added'),
  workingGroupMemberRemoved: eventType(MEMBERSHIP_CONTEXT, 'working-group', 'member-removed'),
  workingGroupDissolved: eventType(MEMBERSHIP_CONTEXT, 'working-group', 'dissolved'),
  workingGroupChairNamed: eventType(MEMBERSHIP_CONTEXT, 'working-group', 'chair-named'),
} as const;
export type MembershipEventType = (typeof MembershipEvent)[keyof typeof MembershipEvent];
