import type { MemberStatus, OrganisationKind } from '@alliance/contracts/membership';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What compliance keeps of a member organisation, from membership's events only. */
@Entity({ name: 'member_organisation' })
export class MemberOrganisationEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ name: 'district_code', type: 'text' })
  districtCode!: string;

  @Column({ type: 'text' })
  status!: MemberStatus;

  /** The organisation's aggregateVersion last applied. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
