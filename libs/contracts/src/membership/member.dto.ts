import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AFFORDABLE_DESIGNATION_DECISIONS,
  AFFORDABLE_DESIGNATION_STATUSES,
  ALLIANCE_ROLES,
  MEMBER_LIST_MAX_LIMIT,
  MEMBER_SORT_FIELDS,
  MEMBER_STATUSES,
  ORGANISATION_KINDS,
  OWNERSHIP_TYPES,
  SORT_ORDERS,
  type AffordableDesignationDecision,
  type AffordableDesignationStatus,
  type AllianceRole,
  type MemberSortField,
  type MemberStatus,
  type OrganisationKind,
  type OwnershipType,
  type SortOrder,
} from './membership-enums';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { IsChinesePhoneNumber, IsNotBlank, IsNotGreaterThan, IsUnifiedSocialCreditCode } from '../validation';

/** Upper bound of licensed places of one organisation; far above any real centre, it only catches typos. */
export const MAX_PLACES = 100_000;
export const MAX_CONTACTS = 10;

/** A person the alliance may contact at a member organisation. Private: the gateway decides who sees it. */
export class MemberContactDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  name!: string;

  /** Their role at the organisation (园长, 负责人, 保健医 …). */
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  role!: string;

  @IsChinesePhoneNumber()
  phone!: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;
}

/** An organisation applies for membership; it starts as `applied`. */
export class ApplyForMembershipDto {
  /** Registered Chinese name. */
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @IsUnifiedSocialCreditCode()
  creditCode!: string;

  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @IsIn(OWNERSHIP_TYPES)
  ownership!: OwnershipType;

  /** Code of one of the alliance's districts (`membership.district.list`). */
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: '$property must be a district code' })
  districtCode!: string;

  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  address!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  @Type(() => MemberContactDto)
  contacts!: MemberContactDto[];

  /** 托位 the organisation is licensed for. */
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  licensedPlaces!: number;

  /** 普惠托位: affordable places, part of the licensed ones. */
  @IsInt()
  @Min(0)
  @IsNotGreaterThan('licensedPlaces')
  affordablePlaces!: number;

  /** Defaults to `member`; only an alliance admin may give another role. */
  @IsOptional()
  @IsIn(ALLIANCE_ROLES)
  allianceRole?: AllianceRole;
}

/**
 * Changes to an organisation's profile; absent fields stay as they are. The credit code is the
 * organisation's identity and is not changed here.
 */
export class UpdateMemberProfileDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  /** `null` clears the English name. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @IsOptional()
  @IsIn(OWNERSHIP_TYPES)
  ownership?: OwnershipType;

  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: '$property must be a district code' })
  districtCode?: string;

  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  address?: string;

  /** Replaces the whole contact list. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  @Type(() => MemberContactDto)
  contacts?: MemberContactDto[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  licensedPlaces?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @IsNotGreaterThan('licensedPlaces')
  affordablePlaces?: number;

  @IsOptional()
  @IsIn(ALLIANCE_ROLES)
  allianceRole?: AllianceRole;
}

/** Admit, reinstate or withdraw: a reason may be given. */
export class MemberTransitionDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

/** Reject, suspend or expel: the reason is recorded and told to the organisation, so it is required. */
export class ReasonedMemberTransitionDto extends VersionedCommandDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class AdmitMemberDto extends MemberTransitionDto {}
export class RejectMemberDto extends ReasonedMemberTransitionDto {}
export class SuspendMemberDto extends ReasonedMemberTransitionDto {}
export class ReinstateMemberDto extends MemberTransitionDto {}
export class WithdrawMemberDto extends MemberTransitionDto {}
export class ExpelMemberDto extends ReasonedMemberTransitionDto {}

/**
 * The admins' decision on an affordable-place designation under review: keep it (designated again) or revoke
 * it (affordable places set to 0; licensed places stay). The reason is recorded and told to the organisation.
 */
export class DecideAffordableDesignationDto extends VersionedCommandDto {
  @IsIn(AFFORDABLE_DESIGNATION_DECISIONS)
  decision!: AffordableDesignationDecision;

  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

export class GetMemberDto {
  @IsUUID()
  id!: string;
}

/** One page of member organisations; every filter is optional and they combine with AND. */
export class ListMembersDto {
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;

  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: '$property must be a district code' })
  districtCode?: string;

  @IsOptional()
  @IsIn(ALLIANCE_ROLES)
  allianceRole?: AllianceRole;

  /** Where the affordable-place designation stands (`under_review`: waiting for the admins' decision). */
  @IsOptional()
  @IsIn(AFFORDABLE_DESIGNATION_STATUSES)
  affordableDesignation?: AffordableDesignationStatus;

  /** Part of the Chinese or English name, or of the credit code; case-insensitive. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  text?: string;

  @IsOptional()
  @IsIn(MEMBER_SORT_FIELDS)
  sort?: MemberSortField;

  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;

  /** Page size, 1–100 (default 20). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MEMBER_LIST_MAX_LIMIT)
  limit?: number;

  /** `nextCursor` of the previous page; only valid with the same filters and sort. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}
