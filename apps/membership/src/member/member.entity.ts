import type {
  AffordableDesignationStatus,
  AllianceRole,
  MemberContact,
  MemberStatus,
  OrganisationKind,
  OwnershipType,
} from '@alliance/contracts/membership';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member organisation (成员单位) with its profile and where it stands in the lifecycle. */
@Entity({ name: 'member' })
export class MemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn!: string | null;

  @Column({ name: 'credit_code', type: 'text' })
  creditCode!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'text' })
  ownership!: OwnershipType;

  @Column({ name: 'district_code', type: 'text' })
  districtCode!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'jsonb' })
  contacts!: MemberContact[];

  @Column({ name: 'licensed_places', type: 'integer' })
  licensedPlaces!: number;

  @Column({ name: 'affordable_places', type: 'integer' })
  affordablePlaces!: number;

  /**
   * What the alliance decided about the affordable places (migration AffordableDesignation): the status
   * shown is `affordableDesignationStatus(member)`, `none` for a designated organisation with 0 places.
   */
  @Column({ name: 'affordable_designation', type: 'text', default: 'designated' })
  affordableDesignation!: Exclude<AffordableDesignationStatus, 'none'>;

  @Column({ name: 'alliance_role', type: 'text' })
  allianceRole!: AllianceRole;

  @Column({ type: 'text' })
  status!: MemberStatus;

  /** Set by the service (not @VersionColumn): the caller's expectedVersion is checked under a row lock. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The organisation's earlier record with the same credit code, when this is an application made again. */
  @Column({ name: 'previous_application_id', type: 'uuid', nullable: true })
  previousApplicationId!: string | null;
}
