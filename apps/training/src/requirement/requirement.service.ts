import { DomainError, ErrorCode } from '@alliance/contracts';
import {
  TRAINING_LIST_DEFAULT_LIMIT,
  type GetRequirementDto,
  type ListRequirementsDto,
  type RequirementCourseView,
  type RequirementSessionView,
  type TrainingRequirementPage,
  type TrainingRequirementView,
} from '@alliance/contracts/training';
import type { RequestContext } from '@alliance/messaging';
import { decodePageCursor, encodePageCursor } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { organisationScope, requireOwnOrganisation } from '../shared/access';

const isInstant = (s: string): boolean => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s);

const REQUIREMENT_COLUMNS = `
  r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.category,
  r.finding_id AS "findingId", r.action_id AS "actionId", r.audit_id AS "auditId",
  r.criterion_code AS "criterionCode", r.severity, to_json(r.raised_at) #>> '{}' AS "raisedAt",
  r.due_date::text AS "dueDate", r.status, r.status_reason AS "statusReason",
  r.certificate_ids::text[] AS "certificateIds", to_json(r.updated_at) #>> '{}' AS "updatedAt"`;

type RequirementRow = Omit<TrainingRequirementView, 'courses'>;

/**
 * Reads of training requirements: each with the published courses of its category and their upcoming
 * sessions that still have a free seat, joined at read time from training's own tables, so a seat taken a
 * moment ago is no longer offered.
 */
@Injectable()
export class RequirementService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async get(dto: GetRequirementDto, ctx: RequestContext): Promise<TrainingRequirementView> {
    const manager = this.dataSource.manager;
    const [row] = await this.rows(manager, 'r.id = $1', [dto.id]);
    if (!row) throw new DomainError(ErrorCode.NotFound, `training requirement ${dto.id} not found`);
    requireOwnOrganisation(ctx.caller, row.organisationId, 'see the training requirements');
    return (await this.withCourses(manager, [row]))[0];
  }

  /** Newest finding first; a representative sees its own organisation's only. */
  async list(dto: ListRequirementsDto, ctx: RequestContext): Promise<TrainingRequirementPage> {
    const organisationId = organisationScope(ctx.caller, dto.organisationId);
    const where: string[] = ['true'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (organisationId) add('r.organisation_id = ?', organisationId);
    if (dto.status) add('r.status = ?', dto.status);
    if (dto.category) add('r.category = ?', dto.category);
    if (dto.cursor) {
      const { key, id } = decodePageCursor(dto.cursor, isInstant);
      params.push(key, id);
      where.push(`(r.raised_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const limit = dto.limit ?? TRAINING_LIST_DEFAULT_LIMIT;
    params.push(limit + 1);
    const manager = this.dataSource.manager;
    const rows = await this.rows(
      manager,
      where.join(' AND '),
      params,
      `ORDER BY r.raised_at DESC, r.id DESC LIMIT $${params.length}`,
    );
    const items = await this.withCourses(manager, rows.slice(0, limit));
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.raisedAt, id: last.id }) : null,
    };
  }

  private rows(
    manager: EntityManager,
    where: string,
    params: unknown[],
    tail = '',
  ): Promise<RequirementRow[]> {
    return manager.query(
      `SELECT ${REQUIREMENT_COLUMNS}
         FROM training_requirement r LEFT JOIN member_organisation o ON o.organisation_id = r.organisation_id
        WHERE ${where} ${tail}`,
      params,
    );
  }

  /** One query per page for all its categories: the courses, then their open sessions. */
  private async withCourses(
    manager: EntityManager,
    rows: RequirementRow[],
  ): Promise<TrainingRequirementView[]> {
    const categories = [...new Set(rows.map((r) => r.category))];
    if (categories.length === 0) return [];
    const courses: Array<Omit<RequirementCourseView, 'sessions'> & { category: string }> =
      await manager.query(
        `SELECT id, code, title, credit_hours::float8 AS "creditHours", category
         FROM course WHERE status = 'published' AND category = ANY($1::text[])
        ORDER BY code, id`,
        [categories],
      );
    // Upcoming: its enrolment has not closed yet; free: fewer confirmed than seats.
    const sessions: Array<RequirementSessionView & { courseId: string }> = courses.length
      ? await manager.query(
          `SELECT id, course_id AS "courseId", to_json(starts_at) #>> '{}' AS "startsAt",
                  to_json(ends_at) #>> '{}' AS "endsAt", to_json(enrolment_closes_at) #>> '{}' AS "enrolmentClosesAt",
                  location, capacity, capacity - confirmed_count AS "freeSeats"
             FROM session
            WHERE course_id = ANY($1::uuid[]) AND status = 'scheduled' AND confirmed_count < capacity
              AND enrolment_closes_at > now()
            ORDER BY starts_at, id`,
          [courses.map((c) => c.id)],
        )
      : [];
    const coursesOf = (category: string): RequirementCourseView[] =>
      courses
        .filter((c) => c.category === category)
        .map(({ category: _c, ...course }) => ({
          ...course,
          sessions: sessions.filter((s) => s.courseId === course.id).map(({ courseId: _id, ...s }) => s),
        }));
    return rows.map((r) => ({ ...r, courses: coursesOf(r.category) }));
  }
}
