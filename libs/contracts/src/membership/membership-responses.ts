import type { Grade } from '../compliance/compliance-enums';
import type {
  AffordableDesignationDecision,
  AffordableDesignationStatus,
  AllianceRole,
  MemberStatus,
  OrganisationKind,
  OwnershipType,
  WorkingGroupMemberRole,
  WorkingGroupStatus,
} from './membership-enums';

/** Answers of the membership RPCs. Times are ISO 8601 strings (UTC). */

export interface MemberContact {
  name: string;
  role: string;
  phone: string;
  email: string | null;
}

/** One row of a member list: the public profile, without contacts. */
export interface MemberSummary {
  id: string;
  name: string;
  nameEn: string | null;
  creditCode: string;
  kind: OrganisationKind;
  ownership: OwnershipType;
  districtCode: string;
  districtName: string;
  allianceRole: AllianceRole;
  status: MemberStatus;
  licensedPlaces: number;
  affordablePlaces: number;
  /** Where the affordable-place (普惠) designation stands; `none` when it offers no affordable places. */
  affordableDesignation: AffordableDesignationStatus;
  appliedAt: string;
  version: number;
}

/** A failed audit's review of the affordable-place designation, open or decided. */
export interface AffordableDesignationReview {
  /** The compliance audit whose grade opened the review. */
  auditId: string;
  standardCode: string;
  grade: Grade;
  openedAt: string;
  /** Null while the admins have not decided. */
  decision: AffordableDesignationDecision | null;
  reason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  /** Affordable places when the review was opened. */
  affordablePlaces: number;
}

/** The organisation's latest compliance grade for one standard (from compliance's grade-changed events). */
export interface MemberGrade {
  standardCode: string;
  standardId: string;
  grade: Grade;
  /** Exact decimal as compliance computed it ("823.53"). */
  score: string;
  /** The audit that gave the grade. */
  auditId: string;
  /** When compliance recorded the grade. */
  gradedAt: string;
}

/** A member organisation as answered by every member command and `membership.member.get`. */
export interface MemberView extends MemberSummary {
  address: string;
  contacts: MemberContact[];
  /** When the status last changed (null while still `applied`). */
  statusChangedAt: string | null;
  updatedAt: string;
  /**
   * The organisation's earlier record with the same credit code (rejected, withdrawn or expelled) when
   * this record is an application made again; null for a first application.
   */
  previousApplicationId: string | null;
  /** The latest review of the affordable-place designation (open or decided); null if there never was one. */
  affordableDesignationReview: AffordableDesignationReview | null;
}

export type MemberHistoryAction =
  | 'applied'
  | 'admitted'
  | 'rejected'
  | 'suspended'
  | 'reinstated'
  | 'withdrawn'
  | 'expelled'
  | 'profile-updated'
  | 'affordable-designation-review-opened'
  | 'affordable-designation-kept'
  | 'affordable-designation-revoked';

/** One recorded change of a member organisation. */
export interface MemberHistoryEntry {
  action: MemberHistoryAction;
  fromStatus: MemberStatus | null;
  toStatus: MemberStatus;
  reason: string | null;
  actor: { id: string; role: string | null };
  /** The organisation's version after the change. */
  version: number;
  at: string;
  /** The request that caused it. */
  correlationId: string;
}

export interface MemberDetail extends MemberView {
  /** Oldest first. */
  history: MemberHistoryEntry[];
  /** Latest compliance grade per standard, by standard code. */
  grades: MemberGrade[];
}

export interface MemberPage {
  items: MemberSummary[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface DistrictView {
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
}

export interface DistrictFigures {
  districtCode: string;
  districtName: string;
  /** Organisations on record per status (every status present, zero when none). */
  membersByStatus: Record<MemberStatus, number>;
  /** Admitted organisations per kind (every kind present). */
  admittedByKind: Record<OrganisationKind, number>;
  /** Places of admitted organisations only. */
  licensedPlaces: number;
  affordablePlaces: number;
}

export interface DistrictFiguresView {
  districts: DistrictFigures[];
  /** The same figures over all districts. */
  total: Omit<DistrictFigures, 'districtCode' | 'districtName'>;
}

export interface WorkingGroupMemberView {
  organisationId: string;
  organisationName: string;
  role: WorkingGroupMemberRole;
  addedAt: string;
}

export interface WorkingGroupView {
  id: string;
  name: string;
  description: string | null;
  /** Null while the group has no chair: its chair withdrew or was expelled and none has been named yet. */
  chairOrganisationId: string | null;
  chairOrganisationName: string | null;
  /** Active and without a chair: the admins are to name one (`membership.working-group.name-chair`). */
  needsChair: boolean;
  status: WorkingGroupStatus;
  formedAt: string;
  dissolvedAt: string | null;
  dissolutionReason: string | null;
  version: number;
  members: WorkingGroupMemberView[];
}
