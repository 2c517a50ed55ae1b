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
