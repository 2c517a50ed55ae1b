import { MemberOrganisationColumns } from '@alliance/messaging';
import { Entity } from 'typeorm';

/** What resources keeps of a member organisation (no kind), from membership's events only. */
@Entity({ name: 'member_organisation' })
export class MemberOrganisationEntity extends MemberOrganisationColumns {}
