import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '@alliance/contracts';
import {
  CourseStatus,
  DEFAULT_COMPLETION_THRESHOLD_PERCENT,
  TRAINING_LIST_DEFAULT_LIMIT,
  TrainingEvent,
  type CoursePage,
  type CourseView,
  type CreateCourseDto,
  type ListCoursesDto,
  type PublishCourseDto,
  type RetireCourseDto,
} from '@alliance/contracts/training';
import { eventMeta, OutboxWriter, type RequestContext } from '@alliance/messaging';
import {
  decodePageCursor,
  inTransaction,
  lockVersioned,
  encodePageCursor,
  PgErrorCode,
  violatedConstraint,
} from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toCourseEventData, toCourseView } from './course-view';
import { CourseEntity } from './course.entity';

@Injectable()
export class CourseService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  /** A draft: nothing is announced until it is published. */
  async create(dto: CreateCourseDto): Promise<CourseView> {
    return inTransaction(this.dataSource, async (manager) => {
      const prerequisites = dto.prerequisiteCourseIds ?? [];
      if (prerequisites.length) {
        const found = await manager.query(`SELECT id FROM course WHERE id = ANY($1::uuid[])`, [
          prerequisites,
        ]);
        const known = new Set((found as Array<{ id: string }>).map((r) => r.id));
        const missing = prerequisites.filter((id) => !known.has(id));
        if (missing.length) {
          throw new DomainError(
            ErrorCode.ValidationFailed,
            `prerequisite course ${missing.join(', ')} not found`,
            {
              fields: [{ field: 'prerequisiteCourseIds', reasons: [`unknown course ${missing.join(', ')}`] }],
            },
          );
        }
      }
      const now = new Date();
      const course = manager.create(CourseEntity, {
        id: randomUUID(),
        code: dto.code,
        title: dto.title.trim(),
        description: dto.description?.trim() || null,
        category: dto.category,
        creditHours: dto.creditHours,
        targetRoles: dto.targetRoles,
        prerequisiteCourseIds: prerequisites,
        certificateValidityMonths: dto.certificateValidityMonths ?? null,
        completionThresholdPercent: dto.completionThresholdPercent ?? DEFAULT_COMPLETION_THRESHOLD_PERCENT,
        status: CourseStatus.Draft,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await manager.insert(CourseEntity, course);
      } catch (error) {
        if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'course_code_key') {
          throw new DomainError(ErrorCode.AlreadyExists, `a course with code ${dto.code} already exists`, {
            fields: [{ field: 'code', reasons: ['code is already used by another course'] }],
          });
        }
        throw error;
      }
      return toCourseView(course);
    });
  }

  publish(dto: PublishCourseDto, ctx: RequestContext): Promise<CourseView> {
    return this.transition(
      dto.id,
      dto.expectedVersion,
      CourseStatus.Draft,
      CourseStatus.Published,
      null,
      ctx,
    );
  }

  /** A retired course takes no new sessions; the sessions it has run as scheduled. */
  retire(dto: RetireCourseDto, ctx: RequestContext): Promise<CourseView> {
    return this.transition(
      dto.id,
      dto.expectedVersion,
      CourseStatus.Published,
      CourseStatus.Retired,
      dto.reason?.trim() || null,
      ctx,
    );
  }

  private transition(
    id: string,
    expectedVersion: number,
    from: CourseStatus,
    to: CourseStatus,
    reason: string | null,
    ctx: RequestContext,
  ): Promise<CourseView> {
    return inTransaction(this.dataSource, async (manager) => {
      const course = await lockVersioned(manager, CourseEntity, id, expectedVersion, 'course');
      if (course.status !== from) {
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `course ${course.code} is ${course.status}; only a ${from} course can become ${to}`,
          { status: course.status },
        );
      }
      course.status = to;
      course.version += 1;
      course.updatedAt = new Date();
      await manager.save(CourseEntity, course);
      await this.outbox.append(manager, {
        type: to === CourseStatus.Published ? TrainingEvent.coursePublished : TrainingEvent.courseRetired,
        aggregateId: course.id,
        // Drafts publish nothing: the first event of a course is its publication (version 1 of its events).
        aggregateVersion: course.version - 1,
        data: toCourseEventData(course, reason),
        meta: eventMeta(ctx),
      });
      return toCourseView(course);
    });
  }

  async get(id: string): Promise<CourseView> {
    const course = await this.dataSource.manager.findOne(CourseEntity, { where: { id } });
    if (!course) throw new DomainError(ErrorCode.NotFound, `course ${id} not found`);
    return toCourseView(course);
  }

  async list(dto: ListCoursesDto): Promise<CoursePage> {
    const limit = dto.limit ?? TRAINING_LIST_DEFAULT_LIMIT;
    const qb = this.dataSource.manager
      .createQueryBuilder(CourseEntity, 'c')
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(limit + 1);
    if (dto.status) qb.andWhere('c.status = :status', { status: dto.status });
    if (dto.category) qb.andWhere('c.category = :category', { category: dto.category });
    const after = decodePageCursor(dto.cursor);
    if (after)
      qb.andWhere('(c.created_at, c.id) > (:key::timestamptz, :id)', { key: after.key, id: after.id });
    const rows = await qb.getMany();
    const items = rows.slice(0, limit).map(toCourseView);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.createdAt, id: last.id }) : null,
    };
  }
}
