import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { VersionedCommandDto } from '../commands/versioned-command.dto';
import { PageQueryDto } from './page-query.dto';
import { IsNotBlank } from '../validation';
import {
  COURSE_CATEGORIES,
  COURSE_STATUSES,
  STAFF_ROLES,
  type CourseCategory,
  type CourseStatus,
  type StaffRole,
} from './training-enums';

/** A course enters the catalogue as a draft. */
export class CreateCourseDto {
  /** Catalogue code, e.g. `FA-101`: capital letters, digits and hyphens. */
  @IsString()
  @Matches(/^[A-Z][A-Z0-9-]{1,29}$/, { message: '$property must be 2–30 capital letters, digits or hyphens' })
  code!: string;

  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @IsIn(COURSE_CATEGORIES)
  category!: CourseCategory;

  /** Continuing-education hours a completion earns (0.5 steps). */
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(500)
  creditHours!: number;

  /** Roles that may enrol; empty means every role. */
  @IsArray()
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true })
  targetRoles!: StaffRole[];

  /** Courses of which a valid certificate is needed to enrol. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsUUID(undefined, { each: true })
  prerequisiteCourseIds?: string[];

  /** How long its certificate is valid; absent or null: it does not expire. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  certificateValidityMonths?: number | null;

  /** Share of the session's hours a person must attend to complete (default 80). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  completionThresholdPercent?: number;
}

export class PublishCourseDto extends VersionedCommandDto {}

export class RetireCourseDto extends VersionedCommandDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

export class GetCourseDto {
  @IsUUID()
  id!: string;
}

export class ListCoursesDto extends PageQueryDto {
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;

  @IsOptional()
  @IsIn(COURSE_CATEGORIES)
  category?: CourseCategory;
}
