import { Grade } from '../compliance/compliance-enums';

/** What kind of organisation a member is; drives which alliance activities apply to it. */
export const OrganisationKind = {
  ChildcareCentre: 'childcare_centre',
  Kindergarten: 'kindergarten',
  Hospital: 'hospital',
  MaternalChildHealthInstitute: 'maternal_child_health_institute',
  University: 'university',
  GovernmentBureau: 'government_bureau',
  Enterprise: 'enterprise',
  Other: 'other',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];
export const ORGANISATION_KINDS = Object.values(OrganisationKind) as OrganisationKind[];

/** Ownership model (国企办托, 高校办托, 事业单位, 民办); the health bureau reports by it. */
export const OwnershipType = {
  StateOwned: 'state_owned',
  UniversityRun: 'university_run',
  PublicInstitution: 'public_institution',
  Private: 'private',
  Other: 'other',
} as const;
export type OwnershipType = (typeof OwnershipType)[keyof typeof OwnershipType];
export const OWNERSHIP_TYPES = Object.values(OwnershipType) as OwnershipType[];

/** 牵头单位, 综合服务指导中心, 成员单位. */
export const AllianceRole = {
  LeadUnit: 'lead_unit',
  GuidanceCentre: 'guidance_centre',
  Member: 'member',
} as const;
export type AllianceRole = (typeof AllianceRole)[keyof typeof AllianceRole];
export const ALLIANCE_ROLES = Object.values(AllianceRole) as AllianceRole[];

/** Where a member organisation stands in the membership lifecycle. */
export const MemberStatus = {
  Applied: 'applied',
  Admitted: 'admitted',
  Rejected: 'rejected',
  Suspended: 'suspended',
  Withdrawn: 'withdrawn',
  Expelled: 'expelled',
} as const;
export type MemberStatus = (typeof MemberStatus)[keyof typeof MemberStatus];
export const MEMBER_STATUSES = Object.values(MemberStatus) as MemberStatus[];

export const WorkingGroupStatus = {
  Active: 'active',
  Dissolved: 'dissolved',
} as const;
export type WorkingGroupStatus = (typeof WorkingGroupStatus)[keyof typeof WorkingGroupStatus];
export const WORKING_GROUP_STATUSES = Object.values(WorkingGroupStatus) as WorkingGroupStatus[];

export const WorkingGroupMemberRole = {
  Chair: 'chair',
  Member: 'member',
} as const;
export type WorkingGroupMemberRole = (typeof WorkingGroupMemberRole)[keyof typeof WorkingGroupMemberRole];

export const MemberSortField = {
  Name: 'name',
  AppliedAt: 'appliedAt',
} as const;
export type MemberSortField = (typeof MemberSortField)[keyof typeof MemberSortField];
export const MEMBER_SORT_FIELDS = Object.values(MemberSortField) as MemberSortField[];

export const SortOrder = { Asc: 'asc', Desc: 'desc' } as const;
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];
export const SORT_ORDERS = Object.values(SortOrder) as SortOrder[];

/** Page size bounds of every membership list. */
export const MEMBER_LIST_DEFAULT_LIMIT = 20;
export const MEMBER_LIST_MAX_LIMIT = 100;

/**
 * Where an organisation's affordable-place (普惠托位) designation stands:
 * - `designated`: it offers affordable places and nothing is pending;
 * - `under_review`: a failed audit (grade `fail` or D) put it before the admins, who keep or revoke it;
 * - `revoked`: the admins revoked it (its affordable places were set to 0);
 * - `none`: it offers no affordable places, so there is nothing to designate or review.
 */
export const AffordableDesignationStatus = {
  Designated: 'designated',
  UnderReview: 'under_review',
  Revoked: 'revoked',
  None: 'none',
} as const;
export type AffordableDesignationStatus =
  (typeof AffordableDesignationStatus)[keyof typeof AffordableDesignationStatus];
export const AFFORDABLE_DESIGNATION_STATUSES = Object.values(
  AffordableDesignationStatus,
) as AffordableDesignationStatus[];

/** The admins' decision on a designation under review. */
export const AffordableDesignationDecision = { Keep: 'keep', Revoke: 'revoke' } as const;
export type AffordableDesignationDecision =
  (typeof AffordableDesignationDecision)[keyof typeof AffordableDesignationDecision];
export const AFFORDABLE_DESIGNATION_DECISIONS = Object.values(
  AffordableDesignationDecision,
) as AffordableDesignationDecision[];

/** Grades that put an affordable-place designation under review: a failed veto criterion, or band D. */
export const FAILING_AUDIT_GRADES: readonly Grade[] = [Grade.Fail, Grade.D];
