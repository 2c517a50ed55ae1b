import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import {
  ATTENDED_STATUSES,
  CourseStatus,
  LocationKind,
  SessionStatus,
  TrainingEvent,
  type CancelSessionDto,
  type CompleteSessionDto,
  type LocationDto,
  type LocationView,
  type MeetingDto,
  type RecordAttendanceDto,
  type RescheduleSessionDto,
  type ScheduleSessionDto,
  type SessionCompletionView,
  type SessionView,
} from '@alliance/contracts/training';
import { eventMeta, OutboxWriter, type RequestContext } from '@alliance/messaging';
import { inTransaction, lockVersioned, PgErrorCode, violatedConstraint } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificateService } from '../certificate/certificate.service';
import { CourseEntity } from '../course/course.entity';
import { EnrolmentService } from '../enrolment/enrolment.service';
import { SessionVenueService } from '../session-venue/session-venue.service';
import { VenueSagaWorker } from '../session-venue/venue-saga.worker';
import { allianceTimeRange } from '../shared/time';
import { fieldError } from '../shared/validation-error';
import { toSessionEventData, toSessionView } from './session-view';
import { SessionEntity, SessionMeetingEntity } from './session.entity';

interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** Only the platform and alliance admins record what happened before it was in the system. */
function mayBackdate(caller: RpcCaller | null): boolean {
  return !caller || caller.role === Role.AllianceAdmin;
}

function slotsOf(meetings: MeetingDto[], caller: RpcCaller | null, now: Date): Slot[] {
  const slots = meetings.map((m, i) => {
    const slot = { startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) };
    if (slot.endsAt <= slot.startsAt)
      throw fieldError(`meetings.${i}.endsAt`, 'endsAt must be after startsAt');
    if (slot.startsAt <= now && !mayBackdate(caller)) {
      throw fieldError(`meetings.${i}.startsAt`, 'startsAt must be in the future');
    }
    return slot;
  });
  const sorted = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startsAt < sorted[i - 1].endsAt) {
      throw fieldError('meetings', 'the meetings of one session must not overlap each other');
    }
  }
  return sorted;
}

function locationOf(dto: LocationDto): LocationView {
  const required = { address: 'address', online: 'url', venue: 'resourceId' } as const;
  const field = required[dto.kind];
  if (!dto[field])
    throw fieldError(`location.${field}`, `${field} is required for a location of kind ${dto.kind}`);
  // The venue is booked at resource sharing for a member organisation, which resource sharing's rules
  // (admitted, visibility, quota) are applied to.
  if (dto.kind === LocationKind.Venue && !dto.organisationId) {
    throw fieldError(
      'location.organisationId',
      'organisationId (the organisation the venue is booked for) is required for a location of kind venue',
    );
  }
  return {
    kind: dto.kind,
    address: dto.address?.trim() ?? null,
    url: dto.url ?? null,
    resourceId: dto.resourceId ?? null,
    organisationId: dto.kind === LocationKind.Venue ? (dto.organisationId ?? null) : null,
  };
}

const hoursOf = (slots: Slot[]) =>
  Math.round(
    (slots.reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()), 0) / 3_600_000) * 100,
  ) / 100;

@Injectable()
export class SessionCommandsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(EnrolmentService) private readonly enrolments: EnrolmentService,
    @Inject(CertificateService) private readonly certificates: CertificateService,
    @Inject(SessionVenueService) private readonly venues: SessionVenueService,
    @Inject(VenueSagaWorker) private readonly venueWorker: VenueSagaWorker,
  ) {}

  async schedule(dto: ScheduleSessionDto, ctx: RequestContext): Promise<SessionView> {
    const now = new Date();
    const slots = slotsOf(dto.meetings, ctx.caller, now);
    const location = locationOf(dto.location);
    const opensAt = dto.enrolmentOpensAt ? new Date(dto.enrolmentOpensAt) : now;
    const closesAt = dto.enrolmentClosesAt ? new Date(dto.enrolmentClosesAt) : slots[0].startsAt;
    const endsAt = slots[slots.length - 1].endsAt;
    if (closesAt <= opensAt)
      throw fieldError('enrolmentClosesAt', 'enrolmentClosesAt must be after enrolmentOpensAt');
    if (closesAt > endsAt) {
      throw fieldError(
        'enrolmentClosesAt',
        'enrolmentClosesAt must not be after the end of the last meeting',
      );
    }
    const trainerIds = dto.trainerIds.map((t) => t.trim());
    return this.refusingTrainerClash(trainerIds, slots, null, () =>
      inTransaction(this.dataSource, async (manager) => {
        const course = await manager.findOne(CourseEntity, {
          where: { id: dto.courseId },
          lock: { mode: 'pessimistic_read' },
        });
        if (!course) throw new DomainError(ErrorCode.NotFound, `course ${dto.courseId} not found`);
        if (course.status !== CourseStatus.Published) {
          throw new DomainError(
            ErrorCode.BusinessRuleViolated,
            `course ${course.code} is ${course.status}: only a published course takes new sessions`,
            { reason: 'course_not_published', status: course.status },
          );
        }
        const session = manager.create(SessionEntity, {
          id: randomUUID(),
          courseId: course.id,
          trainerIds,
          location,
          capacity: dto.capacity,
          lastRequestNumber: 0,
          enrolmentOpensAt: opensAt,
          enrolmentClosesAt: closesAt,
          startsAt: slots[0].startsAt,
          endsAt,
          hours: hoursOf(slots),
          status: SessionStatus.Scheduled,
          cancellationReason: null,
          completedAt: null,
          version: 1,
          attendanceVersion: 0,
          createdAt: now,
          updatedAt: now,
        });
        await manager.insert(SessionEntity, session);
        const meetings = await this.insertMeetings(manager, session, slots);
        const meta = eventMeta(ctx);
        await this.outbox.append(manager, {
          type: TrainingEvent.sessionScheduled,
          aggregateId: session.id,
          aggregateVersion: session.version,
          data: toSessionEventData(session, course, meetings),
          meta,
        });
        await this.venues.requestForMeetings(manager, session, meetings, meta);
        const stored = await manager.findOneByOrFail(SessionEntity, { id: session.id });
        return toSessionView(stored, course, meetings, await this.venues.view(manager, stored));
      }),
    ).then(this.wakeVenueWorker);
  }

  /** The saga's steps are committed with the session; sending them need not wait for the next poll. */
  private readonly wakeVenueWorker = <T>(view: T): T => {
    this.venueWorker.kick();
    return view;
  };

  /** Replaces the meetings; the trainers' new times are checked like new ones; enrolled organisations are told. */
  async reschedule(dto: RescheduleSessionDto, ctx: RequestContext): Promise<SessionView> {
    const now = new Date();
    const slots = slotsOf(dto.meetings, ctx.caller, now);
    const trainerIds = await this.dataSource
      .query(`SELECT trainer_ids FROM session WHERE id = $1`, [dto.id])
      .then((rows: Array<{ trainer_ids: string[] }>) => rows[0]?.trainer_ids ?? []);
    return this.refusingTrainerClash(trainerIds, slots, dto.id, () =>
      inTransaction(this.dataSource, async (manager) => {
        const session = await lockVersioned(manager, SessionEntity, dto.id, dto.expectedVersion, 'session');
        this.requireScheduled(session, 'reschedule');
        if (session.startsAt <= now && !mayBackdate(ctx.caller)) {
          throw new DomainError(
            ErrorCode.IllegalTransition,
            'a session that has started cannot be rescheduled',
          );
        }
        const [marked] = (await manager.query(`SELECT 1 FROM attendance WHERE session_id = $1 LIMIT 1`, [
          session.id,
        ])) as unknown[];
        if (marked) {
          throw new DomainError(
            ErrorCode.IllegalTransition,
            'attendance has been recorded for this session; its meetings can no longer be moved',
          );
        }
        const course = await manager.findOneByOrFail(CourseEntity, { id: session.courseId });
        const previous = await this.meetingsOf(manager, session.id);
        await manager.query(`DELETE FROM session_meeting WHERE session_id = $1`, [session.id]);
        session.startsAt = slots[0].startsAt;
        session.endsAt = slots[slots.length - 1].endsAt;
        session.hours = hoursOf(slots);
        const windowLength = session.enrolmentClosesAt.getTime() - session.enrolmentOpensAt.getTime();
        if (session.enrolmentClosesAt > session.endsAt) session.enrolmentClosesAt = session.startsAt;
        if (session.enrolmentOpensAt >= session.enrolmentClosesAt) {
          // The window now ends before it opened: it opens now — or, when an admin moves the session into the
          // past to record it, as long before the new close as it was open before (never an empty window).
          session.enrolmentOpensAt =
            now < session.enrolmentClosesAt
              ? now
              : new Date(session.enrolmentClosesAt.getTime() - Math.max(windowLength, 60_000));
        }
        session.version += 1;
        session.updatedAt = now;
        await manager.save(SessionEntity, session);
        const meetings = await this.insertMeetings(manager, session, slots);
        await this.venues.moveToMeetings(manager, session, meetings, eventMeta(ctx));
        await this.outbox.append(manager, {
          type: TrainingEvent.sessionRescheduled,
          aggregateId: session.id,
          aggregateVersion: session.version,
          data: toSessionEventData(session, course, meetings, {
            reason: dto.reason?.trim() || null,
            affectedOrganisationIds: await this.enrolments.liveOrganisations(manager, session.id),
            previousMeetings: previous.map((m) => ({
              meetingId: m.id,
              startsAt: m.startsAt.toISOString(),
              endsAt: m.endsAt.toISOString(),
            })),
          }),
          meta: eventMeta(ctx),
        });
        const stored = await manager.findOneByOrFail(SessionEntity, { id: session.id });
        return toSessionView(stored, course, meetings, await this.venues.view(manager, stored));
      }),
    ).then(this.wakeVenueWorker);
  }

  /** Frees the trainers' time and ends every enrolment (no promotion: there is no session to promote into). */
  async cancel(dto: CancelSessionDto, ctx: RequestContext): Promise<SessionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const session = await lockVersioned(manager, SessionEntity, dto.id, dto.expectedVersion, 'session');
      this.requireScheduled(session, 'cancel');
      const reason = dto.reason.trim();
      const meta = eventMeta(ctx);
      const affected = await this.enrolments.liveOrganisations(manager, session.id);
      await this.enrolments.cancelAllOfSession(manager, session.id, `session cancelled: ${reason}`, meta);
      await manager.query(`DELETE FROM trainer_booking WHERE session_id = $1`, [session.id]);
      session.status = SessionStatus.Cancelled;
      session.cancellationReason = reason;
      session.version += 1;
      session.updatedAt = new Date();
      await manager.save(SessionEntity, session);
      await this.venues.releaseAll(manager, session.id, `班次取消 session cancelled: ${reason}`, meta);
      const course = await manager.findOneByOrFail(CourseEntity, { id: session.courseId });
      const meetings = await this.meetingsOf(manager, session.id);
      const stored = await manager.findOneByOrFail(SessionEntity, { id: session.id });
      await this.outbox.append(manager, {
        type: TrainingEvent.sessionCancelled,
        aggregateId: session.id,
        aggregateVersion: session.version,
        data: toSessionEventData(stored, course, meetings, { reason, affectedOrganisationIds: affected }),
        meta,
      });
      return toSessionView(stored, course, meetings, await this.venues.view(manager, stored));
    }).then(this.wakeVenueWorker);
  }

  /**
   * Attendance of confirmed participants per meeting. A meeting is marked once it has started; a later mark
   * of the same person and meeting replaces the earlier one.
   */
  async recordAttendance(dto: RecordAttendanceDto, ctx: RequestContext): Promise<SessionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const session = await manager.findOne(SessionEntity, {
        where: { id: dto.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new DomainError(ErrorCode.NotFound, `session ${dto.sessionId} not found`);
      this.requireScheduled(session, 'record attendance of');
      const meetings = await this.meetingsOf(manager, session.id);
      const meetingById = new Map(meetings.map((m) => [m.id, m]));
      const confirmed = new Map(
        (
          (await manager.query(
            `SELECT id, staff_id FROM enrolment WHERE session_id = $1 AND status = 'confirmed'`,
            [session.id],
          )) as Array<{ id: string; staff_id: string }>
        ).map((r) => [r.staff_id, r.id]),
      );
      const now = new Date();
      dto.marks.forEach((mark, i) => {
        const meeting = meetingById.get(mark.meetingId);
        if (!meeting) throw fieldError(`marks.${i}.meetingId`, 'meetingId is not a meeting of this session');
        if (meeting.startsAt > now)
          throw fieldError(`marks.${i}.meetingId`, 'the meeting has not started yet');
        if (!confirmed.has(mark.staffId)) {
          throw fieldError(`marks.${i}.staffId`, 'staffId has no confirmed seat in this session');
        }
      });
      const recordedBy = ctx.caller?.userId ?? 'system';
      for (const mark of dto.marks) {
        await manager.query(
          `INSERT INTO attendance (meeting_id, enrolment_id, session_id, staff_id, status, recorded_at, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (meeting_id, enrolment_id) DO UPDATE
             SET status = EXCLUDED.status, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by`,
          [
            mark.meetingId,
            confirmed.get(mark.staffId),
            session.id,
            mark.staffId,
            mark.status,
            now,
            recordedBy,
          ],
        );
      }
      session.attendanceVersion += 1;
      await manager.query(`UPDATE session SET attendance_version = $2 WHERE id = $1`, [
        session.id,
        session.attendanceVersion,
      ]);
      await this.outbox.append(manager, {
        type: TrainingEvent.attendanceRecorded,
        aggregateId: session.id,
        aggregateVersion: session.attendanceVersion,
        data: { sessionId: session.id, marks: dto.marks.map((m) => ({ ...m })) },
        meta: eventMeta(ctx),
      });
      const course = await manager.findOneByOrFail(CourseEntity, { id: session.courseId });
      return toSessionView(session, course, meetings, await this.venues.view(manager, session));
    });
  }

  /**
   * After the last meeting: each confirmed participant who attended at least the course's share of the
   * session's hours (present or late) gets a certificate; the others do not.
   */
  async complete(dto: CompleteSessionDto, ctx: RequestContext): Promise<SessionCompletionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const session = await lockVersioned(manager, SessionEntity, dto.id, dto.expectedVersion, 'session');
      this.requireScheduled(session, 'complete');
      const now = new Date();
      if (session.endsAt > now) {
        throw new DomainError(
          ErrorCode.BusinessRuleViolated,
          `the session ends ${allianceTimeRange(session.startsAt, session.endsAt)} (Asia/Shanghai); it can be completed after its last meeting`,
          { reason: 'session_not_over', endsAt: session.endsAt.toISOString() },
        );
      }
      const course = await manager.findOneByOrFail(CourseEntity, { id: session.courseId });
      const attended = (await manager.query(
        `SELECT e.id AS enrolment_id, e.staff_id,
                coalesce(sum(extract(epoch FROM m.ends_at - m.starts_at))
                  FILTER (WHERE a.status = ANY($2::text[])), 0)::float8 AS seconds
           FROM enrolment e
           LEFT JOIN attendance a ON a.enrolment_id = e.id
           LEFT JOIN session_meeting m ON m.id = a.meeting_id
          WHERE e.session_id = $1 AND e.status = 'confirmed'
          GROUP BY e.id, e.staff_id, e.request_number
          ORDER BY e.request_number`,
        [session.id, ATTENDED_STATUSES],
      )) as Array<{ enrolment_id: string; staff_id: string; seconds: number }>;
      const totalSeconds = session.hours * 3600;
      const meta = eventMeta(ctx);
      session.status = SessionStatus.Completed;
      session.completedAt = now;
      session.version += 1;
      session.updatedAt = now;
      await manager.save(SessionEntity, session);
      const results: SessionCompletionView['results'] = [];
      for (const row of attended) {
        // Whole-percent arithmetic on seconds, so 4 of 5 equal meetings is exactly 80 %.
        const percent = totalSeconds > 0 ? (row.seconds * 100) / totalSeconds : 0;
        const completed = percent + 1e-9 >= course.completionThresholdPercent;
        const certificate = completed
          ? await this.certificates.issue(
              manager,
              { session, course, staffId: row.staff_id, issuedAt: now },
              meta,
            )
          : null;
        results.push({
          staffId: row.staff_id,
          attendedPercent: Math.round(percent * 10) / 10,
          completed,
          certificateId: certificate?.id ?? null,
        });
      }
      const meetings = await this.meetingsOf(manager, session.id);
      const stored = await manager.findOneByOrFail(SessionEntity, { id: session.id });
      await this.outbox.append(manager, {
        type: TrainingEvent.sessionCompleted,
        aggregateId: session.id,
        aggregateVersion: session.version,
        data: toSessionEventData(stored, course, meetings, {
          completedCount: results.filter((r) => r.completed).length,
        }),
        meta,
      });
      return {
        session: toSessionView(stored, course, meetings, await this.venues.view(manager, stored)),
        results,
      };
    });
  }

  private requireScheduled(session: SessionEntity, action: string): void {
    if (session.status !== SessionStatus.Scheduled) {
      throw new DomainError(
        ErrorCode.IllegalTransition,
        `cannot ${action} a session that is ${session.status}`,
        {
          status: session.status,
        },
      );
    }
  }

  async meetingsOf(manager: EntityManager, sessionId: string): Promise<SessionMeetingEntity[]> {
    return manager.find(SessionMeetingEntity, { where: { sessionId }, order: { startsAt: 'ASC' } });
  }

  private async insertMeetings(
    manager: EntityManager,
    session: SessionEntity,
    slots: Slot[],
  ): Promise<SessionMeetingEntity[]> {
    const meetings = slots.map((slot) =>
      manager.create(SessionMeetingEntity, { id: randomUUID(), sessionId: session.id, ...slot }),
    );
    await manager.insert(SessionMeetingEntity, meetings);
    // The exclusion constraint refuses a trainer's second meeting at the same time, whoever commits first.
    await manager.query(
      `INSERT INTO trainer_booking (trainer_id, meeting_id, session_id, period)
       SELECT t.trainer_id, m.id, m.session_id, tstzrange(m.starts_at, m.ends_at, '[)')
         FROM unnest($1::text[]) AS t (trainer_id)
        CROSS JOIN session_meeting m
        WHERE m.session_id = $2`,
      [session.trainerIds, session.id],
    );
    return meetings;
  }

  /** Runs `work`; a trainer's overlapping meeting is refused naming the session and time it clashes with. */
  private async refusingTrainerClash<T>(
    trainerIds: string[],
    slots: Slot[],
    ownSessionId: string | null,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.ExclusionViolation) !== 'trainer_booking_no_overlap')
        throw error;
      // The transaction is over; the booking it clashed with is committed (the constraint waited for it).
      const [clash] = (await this.dataSource.query(
        `SELECT b.trainer_id, b.session_id, c.code, c.title, lower(b.period) AS starts_at, upper(b.period) AS ends_at
           FROM trainer_booking b
           JOIN session s ON s.id = b.session_id
           JOIN course c ON c.id = s.course_id
           JOIN unnest($2::timestamptz[], $3::timestamptz[]) AS slot (starts_at, ends_at)
             ON b.period && tstzrange(slot.starts_at, slot.ends_at, '[)')
          WHERE b.trainer_id = ANY($1::text[]) AND b.session_id IS DISTINCT FROM $4::uuid
          ORDER BY lower(b.period)
          LIMIT 1`,
        [trainerIds, slots.map((s) => s.startsAt), slots.map((s) => s.endsAt), ownSessionId],
      )) as Array<{
        trainer_id: string;
        session_id: string;
        code: string;
        title: string;
        starts_at: Date;
        ends_at: Date;
      }>;
      if (!clash) {
        throw new DomainError(
          ErrorCode.Conflict,
          'a trainer was booked at the same time meanwhile; try again',
        );
      }
      const when = allianceTimeRange(clash.starts_at, clash.ends_at);
      throw new DomainError(
        ErrorCode.Conflict,
        `trainer ${clash.trainer_id} already teaches session ${clash.session_id} (${clash.code} ${clash.title}) at ${when} (Asia/Shanghai)`,
        {
          reason: 'trainer_clash',
          trainerId: clash.trainer_id,
          clashingSessionId: clash.session_id,
          clashStartsAt: clash.starts_at.toISOString(),
          clashEndsAt: clash.ends_at.toISOString(),
        },
      );
    }
  }
}
