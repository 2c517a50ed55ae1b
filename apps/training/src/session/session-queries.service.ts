import { DomainError, ErrorCode } from '@alliance/contracts';
import {
  TRAINING_LIST_DEFAULT_LIMIT,
  type EnrolmentView,
  type ListSessionsDto,
  type SessionPage,
  type SessionView,
} from '@alliance/contracts/training';
import { isMemberRep, type RequestContext } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CourseEntity } from '../course/course.entity';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { SessionVenueService } from '../session-venue/session-venue.service';
import { toSessionView } from './session-view';
import { SessionEntity, SessionMeetingEntity } from './session.entity';
import { decodePageCursor, encodePageCursor } from '@alliance/persistence';

@Injectable()
export class SessionQueriesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EnrolmentService) private readonly enrolments: EnrolmentService,
    @Inject(SessionVenueService) private readonly venues: SessionVenueService,
  ) {}

  async get(id: string): Promise<SessionView> {
    const session = await this.dataSource.manager.findOne(SessionEntity, { where: { id } });
    if (!session) throw new DomainError(ErrorCode.NotFound, `session ${id} not found`);
    const [view] = await this.views([session]);
    return view;
  }

  /** By start of the first meeting, then id. */
  async list(dto: ListSessionsDto): Promise<SessionPage> {
    const limit = dto.limit ?? TRAINING_LIST_DEFAULT_LIMIT;
    const qb = this.dataSource.manager
      .createQueryBuilder(SessionEntity, 's')
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1);
    if (dto.courseId) qb.andWhere('s.course_id = :courseId', { courseId: dto.courseId });
    if (dto.status) qb.andWhere('s.status = :status', { status: dto.status });
    if (dto.trainerId) qb.andWhere(':trainerId = ANY (s.trainer_ids)', { trainerId: dto.trainerId });
    if (dto.from) qb.andWhere('s.starts_at >= :from', { from: new Date(dto.from) });
    if (dto.venueState) qb.andWhere('s.venue_state = :venueState', { venueState: dto.venueState });
    const after = decodePageCursor(dto.cursor);
    if (after)
      qb.andWhere('(s.starts_at, s.id) > (:key::timestamptz, :id)', { key: after.key, id: after.id });
    const rows = await qb.getMany();
    const items = await this.views(rows.slice(0, limit));
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.startsAt, id: last.id }) : null,
    };
  }

  /** Confirmed, then waitlisted (in order), then cancelled; a representative sees its own staff only. */
  async enrolmentsOf(sessionId: string, ctx: RequestContext): Promise<EnrolmentView[]> {
    const exists = await this.dataSource.manager.existsBy(SessionEntity, { id: sessionId });
    if (!exists) throw new DomainError(ErrorCode.NotFound, `session ${sessionId} not found`);
    const rows = await this.dataSource.manager.find(EnrolmentEntity, {
      where: {
        sessionId,
        ...(isMemberRep(ctx.caller) ? { organisationId: ctx.caller.organisationId ?? '' } : {}),
      },
      order: { requestNumber: 'ASC' },
    });
    // Waitlist positions count everyone's waitlisted requests, not only the ones this caller sees.
    const waitlisted = (await this.dataSource.query(
      `SELECT id FROM enrolment WHERE session_id = $1 AND status = 'waitlisted' ORDER BY request_number`,
      [sessionId],
    )) as Array<{ id: string }>;
    const position = new Map(waitlisted.map((r, i) => [r.id, i + 1]));
    const names = new Map(
      (
        (await this.dataSource.query(`SELECT id, name FROM staff WHERE id = ANY($1::uuid[])`, [
          rows.map((r) => r.staffId),
        ])) as Array<{ id: string; name: string }>
      ).map((r) => [r.id, r.name]),
    );
    const rank = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;
    return rows
      .sort((a, b) => rank[a.status] - rank[b.status] || a.requestNumber - b.requestNumber)
      .map((e) => this.enrolments.view(e, names.get(e.staffId) ?? '', position.get(e.id) ?? null));
  }

  private async views(sessions: SessionEntity[]): Promise<SessionView[]> {
    if (!sessions.length) return [];
    const manager = this.dataSource.manager;
    const courses = await manager.findBy(CourseEntity, {
      id: In([...new Set(sessions.map((s) => s.courseId))]),
    });
    const courseById = new Map(courses.map((c) => [c.id, c]));
    const meetings = await manager.find(SessionMeetingEntity, {
      where: { sessionId: In(sessions.map((s) => s.id)) },
      order: { startsAt: 'ASC' },
    });
    const venues = await this.venues.views(manager, sessions);
    return sessions.flatMap((s) => {
      const course = courseById.get(s.courseId);
      return course
        ? [
            toSessionView(
              s,
              course,
              meetings.filter((m) => m.sessionId === s.id),
              venues.get(s.id) ?? null,
            ),
          ]
        : [];
    });
  }
}
