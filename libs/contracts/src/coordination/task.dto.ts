import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COORDINATION_LIST_MAX_LIMIT } from './coordination-enums';

/**
 * What waits for an account (a person's to-do list, 待办), across the services. Each kind is done somewhere else
 * in the console (the task's `link`); the task goes once the event that says it was done arrives.
 */
export const TaskKind = {
  /** A notice the representative's organisation has to acknowledge (签收). */
  AcknowledgeNotice: 'notice_acknowledgement',
  /** A meeting invitation the representative answers for its organisation. */
  AnswerInvitation: 'meeting_invitation',
  /** An action item of the minutes its organisation owns, until done. */
  CompleteActionItem: 'action_item',
  /** A booking of one of its organisation's resources, waiting for approval. */
  ApproveBooking: 'booking_approval',
  /** A corrective action of an audit of its organisation, to answer (again, once reopened). */
  AnswerCorrectiveAction: 'corrective_action',
  /** An audit the inspector is assigned to, until submitted. */
  ConductAudit: 'audit',
  /** A waitlisted staff member of its organisation got a seat: the representative tells them. */
  PromotedEnrolment: 'enrolment_promotion',
} as const;
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind];
export const TASK_KINDS = Object.values(TaskKind) as TaskKind[];

/** `due`: soonest due date first (those without one last); `newest`: most recently arrived first. */
export const TaskOrder = { Due: 'due', Newest: 'newest' } as const;
export type TaskOrder = (typeof TaskOrder)[keyof typeof TaskOrder];
export const TASK_ORDERS = Object.values(TaskOrder) as TaskOrder[];

export class ListTasksDto {
  @IsOptional() @IsIn(TASK_KINDS) kind?: TaskKind;
  @IsOptional() @IsIn(TASK_ORDERS) order?: TaskOrder;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(COORDINATION_LIST_MAX_LIMIT) limit?: number;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export interface TaskView {
  id: string;
  kind: TaskKind;
  /** In Chinese, as the console shows it. */
  title: string;
  /** The notice, meeting, action item, booking, corrective action, audit or enrolment it is about. */
  subjectId: string;
  /** The console path where it is done, e.g. `/notices/{id}`. */
  link: string;
  dueAt: string | null;
  /** Past its due date and still open. */
  overdue: boolean;
  /** The organisation it waits on (null: it waits on the account itself, e.g. an inspector's audit). */
  organisationId: string | null;
  createdAt: string;
}

export interface TaskPage {
  items: TaskView[];
  nextCursor: string | null;
}
