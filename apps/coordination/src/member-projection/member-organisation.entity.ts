import { MemberOrganisationWithKindColumns } from '@alliance/messaging';
import { Entity } from 'typeorm';

/** What coordination keeps of a member organisation, from membership's events only. */
@Entity({ name: 'member_organisation' })
export class MemberOrganisationEntity extends MemberOrganisationWithKindColumns {}
