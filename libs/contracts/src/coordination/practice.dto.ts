import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { COURSE_CATEGORIES, type CourseCategory } from '../training/training-enums';
import { IsNotBlank } from '../validation';
import {
  COORDINATION_LIST_MAX_LIMIT,
  PRACTICE_KINDS,
  PRACTICE_STATUSES,
  type PracticeKind,
  type PracticeStatus,
} from './coordination-enums';

const STANDARD_CODE = /^[A-Z0-9][A-Z0-9.-]{0,39}$/;

/** An entry of the practice library (南部经验): a case, a report or a research result. */
export class CreatePracticeDto {
  @IsIn(PRACTICE_KINDS) kind!: PracticeKind;
  @IsString() @IsNotBlank() @MaxLength(200) title!: string;
  @IsString() @IsNotBlank() @MaxLength(2000) summary!: string;
  /** Markdown. */
  @IsString() @IsNotBlank() @MaxLength(100_000) body!: string;
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(30, { each: true })
  tags!: string[];
  /** The member organisation whose experience it is. */
  @IsOptional() @IsUUID() contributorOrganisationId?: string | null;
  /** Standards it illustrates by code (TY-QA), or criteria of theirs: the standard's code, a hyphen, the criterion's (TY-QA-CON-1). */
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(STANDARD_CODE, { each: true, message: 'each of $property must be a standard or criterion code' })
  standardCodes!: string[];
  @IsArray() @ArrayUnique() @IsIn(COURSE_CATEGORIES, { each: true }) trainingCategories!: CourseCategory[];
}

export class PublishPracticeDto extends VersionedCommandDto {}

export class PracticeIdDto {
  @IsUUID() id!: string;
}

export class ListPracticesDto {
  /** Words of the title, summary or tags; Chinese by characters and pairs. */
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @IsString() @MaxLength(30) tag?: string;
  @IsOptional() @IsIn(PRACTICE_KINDS) kind?: PracticeKind;
  @IsOptional() @IsIn(PRACTICE_STATUSES) status?: PracticeStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COORDINATION_LIST_MAX_LIMIT) limit?: number;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

/** The alliance lets an organisation's representative publish notices and organise meetings. */
export class OrganiserDto {
  @IsUUID() organisationId!: string;
}
