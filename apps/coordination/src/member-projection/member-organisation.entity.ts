import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What coordination keeps of a member organisation, from membership's events only. */
@Entity({ name: 'member_organisation' })
export class MemberOrganisationEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'district_code', type: 'text' })
  districtCode!: string;

  @Column({ type: 'text' })
  status!: string;

  /** The organisation's aggregateVersion last applied. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
