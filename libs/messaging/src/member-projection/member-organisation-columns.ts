import type { MemberStatus, OrganisationKind } from '@alliance/contracts/membership';
import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns of a service's `member_organisation` that applyMemberProfile/applyMemberStatus keep. A service
 * maps its table with `@Entity({ name: 'member_organisation' }) class … extends` one of these.
 */
export abstract class MemberOrganisationColumns {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

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

/** For a table that also keeps the organisation's kind (`other` while only status changes were seen). */
export abstract class MemberOrganisationWithKindColumns extends MemberOrganisationColumns {
  @Column({ type: 'text' })
  kind!: OrganisationKind;
}
