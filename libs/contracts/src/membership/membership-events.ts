import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Min,
} from 'class-validator';
import { GRADES, type Grade } from '../compliance/compliance-enums';
import {
  AFFORDABLE_DESIGNATION_DECISIONS,
  ALLIANCE_ROLES,
  MEMBER_STATUSES,
  ORGANISATION_KINDS,
  OWNERSHIP_TYPES,
  type AffordableDesignationDecision,
  type AllianceRole,
  type MemberStatus,
  type OrganisationKind,
  type OwnershipType,
} from './membership-enums';

/*
 * Event data of the membership context. Each carries what a consumer needs to keep its projection
 * without calling back: the organisation's public profile travels with every event that makes it
 * usable (applied, admitted, reinstated, profile-updated). Contacts never travel: they are private.
 */

/** The public profile of a member organisation as of the event. */
export class MemberProfileData {
  @IsUUID()
  memberId!: string;

  @IsString()
  name!: string;

  @IsOptional()
  @IsString()
  nameEn!: string | null;

  @IsString()
  creditCode!: string;

  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @IsIn(OWNERSHIP_TYPES)
  ownership!: OwnershipType;

  @IsString()
  districtCode!: string;

  @IsString()
  districtName!: string;

  @IsString()
  address!: string;

  @IsInt()
  @Min(0)
  licensedPlaces!: number;

  @IsInt()
  @Min(0)
  affordablePlaces!: number;

  @IsIn(ALLIANCE_ROLES)
  allianceRole!: AllianceRole;

  /** Status after the event. */
  @IsIn(MEMBER_STATUSES)
  status!: MemberStatus;
}

export class MemberAppliedData extends MemberProfileData {
  @IsISO8601()
  appliedAt!: string;

  /**
   * Set when the organisation applies again after being rejected, withdrawing or being expelled: its
   * earlier record (a different memberId with the same credit code). Null or absent for a first application.
   */
  @IsOptional()
  @IsUUID()
  previousApplicationId?: string | null;
}

/** A status change; `reason` is always present for reject, suspend and expel. */
export class MemberStatusChangeData {
  @IsUUID()
  memberId!: string;

  @IsString()
  name!: string;

  @IsString()
  districtCode!: string;

  @IsIn(MEMBER_STATUSES)
  fromStatus!: MemberStatus;

  @IsIn(MEMBER_STATUSES)
  toStatus!: MemberStatus;

  @IsOptional()
  @IsString()
  reason!: string | null;

  @IsISO8601()
  changedAt!: string;
}

/** Admitted: consumers start letting the organisation enrol staff, book resources, be audited. */
export class MemberAdmittedData extends MemberProfileData {
  @IsIn(MEMBER_STATUSES)
  fromStatus!: MemberStatus;

  @IsOptional()
  @IsString()
  reason!: string | null;

  @IsISO8601()
  admittedAt!: string;
}

/** Reinstated after a suspension: admitted again, with the profile as it stands now. */
export class MemberReinstatedData extends MemberProfileData {
  @IsIn(MEMBER_STATUSES)
  fromStatus!: MemberStatus;

  @IsOptional()
  @IsString()
  reason!: string | null;

  @IsISO8601()
  reinstatedAt!: string;
}

export class MemberRejectedData extends MemberStatusChangeData {}
/** Suspended: consumers cancel its future enrolments and bookings and hold its audits. */
export class MemberSuspendedData extends MemberStatusChangeData {}
/**
 * Withdrawn: the organisation left; consumers end everything it had running. It leaves its active working
 * groups in the same transaction: each such group publishes its own `working-group.member-removed`
 * (cause `withdrawn`, same correlationId), right after this event.
 */
export class MemberWithdrawnData extends MemberStatusChangeData {}
/** Expelled: like withdrawn (its working groups included, cause `expelled`), but decided by the alliance, with a reason. */
export class MemberExpelledData extends MemberStatusChangeData {}

export class MemberProfileUpdatedData extends MemberProfileData {
  /** Names of the profile fields whose value changed (contacts included, though their values do not travel). */
  @IsArray()
  @IsString({ each: true })
  changedFields!: string[];
}

/**
 * A failed audit (grade `fail` or D) put the organisation's affordable-place designation before the admins.
 * Nothing changes yet for the places: consumers that count them keep counting them until
 * `affordable-designation-reviewed` says otherwise.
 */
export class MemberAffordableDesignationReviewOpenedData {
  @IsUUID()
  memberId!: string;

  @IsString()
  name!: string;

  @IsString()
  districtCode!: string;

  /** The compliance audit whose grade opened the review. */
  @IsUUID()
  auditId!: string;

  @IsString()
  standardCode!: string;

  @IsIn(GRADES)
  grade!: Grade;

  @IsInt()
  @Min(0)
  affordablePlaces!: number;

  @IsISO8601()
  openedAt!: string;
}

/**
 * The admins decided a designation under review: `keep` (designated again, places as they were) or
 * `revoke` (affordable places set to 0, licensed places kept). The whole public profile travels, as with
 * profile-updated, so that a consumer counting places takes the new figure from this event alone.
 */
export class MemberAffordableDesignationReviewedData extends MemberProfileData {
  @IsIn(AFFORDABLE_DESIGNATION_DECISIONS)
  decision!: AffordableDesignationDecision;

  @IsString()
  reason!: string;

  /** The audit that opened the review. */
  @IsUUID()
  auditId!: string;

  /** Affordable places before the decision (equal to `affordablePlaces` when kept). */
  @IsInt()
  @Min(0)
  previousAffordablePlaces!: number;

  @IsISO8601()
  reviewedAt!: string;
}

export class WorkingGroupFormedData {
  @IsUUID()
  workingGroupId!: string;

  @IsString()
  name!: string;

  @IsOptional()
  @IsString()
  description!: string | null;

  @IsUUID()
  chairOrganisationId!: string;

  @IsString()
  chairOrganisationName!: string;

  /** Every member, the chair included. */
  @IsArray()
  @IsUUID(undefined, { each: true })
  memberOrganisationIds!: string[];

  @IsISO8601()
  formedAt!: string;
}

export class WorkingGroupMembershipChangeData {
  @IsUUID()
  workingGroupId!: string;

  @IsString()
  workingGroupName!: string;

  @IsUUID()
  organisationId!: string;

  @IsString()
  organisationName!: string;

  @IsISO8601()
  changedAt!: string;
}

export class WorkingGroupMemberAddedData extends WorkingGroupMembershipChangeData {}

/** Why an organisation left a working group: an admin removed it, or it left the alliance. */
export const WORKING_GROUP_DEPARTURE_CAUSES = ['removed', 'withdrawn', 'expelled'] as const;
export type WorkingGroupDepartureCause = (typeof WORKING_GROUP_DEPARTURE_CAUSES)[number];

export class WorkingGroupMemberRemovedData extends WorkingGroupMembershipChangeData {
  /** Absent in events written before it existed, which were all `removed`. */
  @IsOptional()
  @IsIn(WORKING_GROUP_DEPARTURE_CAUSES)
  cause?: WorkingGroupDepartureCause;

  /**
   * The organisation was the group's chair: the group goes on without a chair (`chairOrganisationId`
   * null) until `working-group.chair-named`. Only an organisation leaving the alliance vacates the chair.
   */
  @IsOptional()
  @IsBoolean()
  chairVacated?: boolean;
}

/** A chair was named; the former chair, if any, stays in the group as a member. */
export class WorkingGroupChairNamedData extends WorkingGroupMembershipChangeData {
  /** Null when the chair was vacant. */
  @IsOptional()
  @IsUUID()
  previousChairOrganisationId!: string | null;

  /** The new chair was not in the group before and joined it with this event. */
  @IsBoolean()
  joined!: boolean;
}

export class WorkingGroupDissolvedData {
  @IsUUID()
  workingGroupId!: string;

  @IsString()
  name!: string;

  @IsOptional()
  @IsString()
  reason!: string | null;

  /** Members at the time of dissolution, the chair included. */
  @IsArray()
  @IsUUID(undefined, { each: true })
  memberOrganisationIds!: string[];

  @IsISO8601()
  dissolvedAt!: string;
}
