import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from './page-query.dto';
import { COURSE_CATEGORIES, type CourseCategory } from './training-enums';
import type { LocationView } from './training-responses';

/**
 * A training requirement: a compliance finding on a criterion linked to a training category asks the
 * organisation to train its staff in that category. open → met (training certificates reached the corrective
 * action as evidence) → closed (the inspector closed the action); withdrawn when the action closed otherwise
 * (answered without certificates, or the audit was amended so the criterion no longer falls short).
 */
export const RequirementStatus = {
  Open: 'open',
  Met: 'met',
  Closed: 'closed',
  Withdrawn: 'withdrawn',
} as const;
export type RequirementStatus = (typeof RequirementStatus)[keyof typeof RequirementStatus];
export const REQUIREMENT_STATUSES = Object.values(RequirementStatus) as RequirementStatus[];

export class ListRequirementsDto extends PageQueryDto {
  /** A member_rep may only name its own organisation (and sees only it without the filter). */
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsIn(REQUIREMENT_STATUSES)
  status?: RequirementStatus;

  @IsOptional()
  @IsIn(COURSE_CATEGORIES)
  category?: CourseCategory;
}

export class GetRequirementDto {
  @IsUUID()
  id!: string;
}

/** An upcoming session of a matching course that still has a free seat. */
export interface RequirementSessionView {
  id: string;
  startsAt: string;
  endsAt: string;
  enrolmentClosesAt: string;
  location: LocationView;
  capacity: number;
  freeSeats: number;
}

/** A published course of the requirement's category, with its upcoming sessions that have free seats. */
export interface RequirementCourseView {
  id: string;
  code: string;
  title: string;
  creditHours: number;
  sessions: RequirementSessionView[];
}

export interface TrainingRequirementView {
  id: string;
  organisationId: string;
  /** From training's projection of member organisations (null until membership's events arrive). */
  organisationName: string | null;
  category: CourseCategory;
  findingId: string;
  actionId: string;
  auditId: string;
  criterionCode: string;
  severity: string;
  raisedAt: string;
  /** The corrective action's due date. */
  dueDate: string;
  status: RequirementStatus;
  /** Why it was withdrawn or reopened, as compliance said. */
  statusReason: string | null;
  /** Certificates compliance recorded as the action's evidence. */
  certificateIds: string[];
  updatedAt: string;
  /** Matching published courses and their upcoming sessions with free seats (as of the request). */
  courses: RequirementCourseView[];
}

export interface TrainingRequirementPage {
  items: TrainingRequirementView[];
  nextCursor: string | null;
}
