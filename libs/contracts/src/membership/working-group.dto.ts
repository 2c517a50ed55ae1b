import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { IsNotBlank } from '../validation';

export const MAX_WORKING_GROUP_MEMBERS_AT_FORMING = 100;

/** Forms a working group (工作小组); the chair organisation is a member from the start. */
export class FormWorkingGroupDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /** An admitted member organisation that leads the group (usually the lead unit). */
  @IsUUID()
  chairOrganisationId!: string;

  /** Further admitted organisations to add at once. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_WORKING_GROUP_MEMBERS_AT_FORMING)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  memberOrganisationIds?: string[];
}

export class AddWorkingGroupMemberDto extends VersionedCommandDto {
  @IsUUID()
  organisationId!: string;
}

export class RemoveWorkingGroupMemberDto extends VersionedCommandDto {
  @IsUUID()
  organisationId!: string;
}

/**
 * Names the chair of a group: an admitted organisation, which becomes a member if it is not one yet. The
 * former chair, if there is one, stays in the group as a member. Used above all for a group whose chair
 * withdrew or was expelled (`needsChair`).
 */
export class NameWorkingGroupChairDto extends VersionedCommandDto {
  @IsUUID()
  organisationId!: string;
}

export class DissolveWorkingGroupDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

export class GetWorkingGroupDto {
  @IsUUID()
  id!: string;
}

export class ListWorkingGroupsDto {
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  /** Dissolved groups are left out unless asked for. */
  @IsOptional()
  @IsIn(['active', 'dissolved', 'all'])
  status?: 'active' | 'dissolved' | 'all';

  /** `true`: only active groups left without a chair (their chair withdrew or was expelled); `false`: the others. */
  @IsOptional()
  @IsBoolean()
  needsChair?: boolean;
}
