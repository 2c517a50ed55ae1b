import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, Role } from '@alliance/contracts';
import { MemberStatus } from '@alliance/contracts/membership';
import {
  EmploymentStatus,
  EnrolmentRefusal,
  EnrolmentStatus,
  SessionStatus,
  TrainingEvent,
  type CancelEnrolmentDto,
  type EnrolDto,
  type EnrolmentEventData,
  type EnrolmentView,
} from '@alliance/contracts/training';
import { eventMeta, OutboxWriter, type EventMeta, type RequestContext } from '@alliance/messaging';
import { inTransaction, lockVersioned, PgErrorCode, violatedConstraint } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CourseEntity } from '../course/course.entity';
import { MemberOrganisationEntity } from '../member-projection/member-organisation.entity';
import { SessionEntity } from '../session/session.entity';
import { StaffEntity } from '../staff/staff.entity';
import { requireOwnOrganisation } from '../shared/access';
import { allianceDate, allianceTimeRange } from '../shared/time';
import { EnrolmentEntity } from './enrolment.entity';

const LIVE = [EnrolmentStatus.Confirmed, EnrolmentStatus.Waitlisted];

function refusal(
  reason: EnrolmentRefusal,
  message: string,
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError(ErrorCode.BusinessRuleViolated, message, { reason, ...details });
}

/**
 * Enrolments. Every change to a session's enrolments first locks the session row: requests are numbered
 * and seated in the order they get the lock, a freed seat goes to the first waitlisted at once, and the
 * seat counts (kept by a trigger, checked against capacity by the database) cannot be overrun.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async enrol(dto: EnrolDto, ctx: RequestContext): Promise<EnrolmentView> {
    return inTransaction(this.dataSource, async (manager) => {
      // The person first (their enrolments are checked for overlaps under this lock), then the session.
      const staff = await manager.findOne(StaffEntity, {
        where: { id: dto.staffId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!staff) throw new DomainError(ErrorCode.NotFound, `staff member ${dto.staffId} not found`);
      requireOwnOrganisation(ctx.caller, staff.organisationId, 'enrol staff');
      if (staff.status !== EmploymentStatus.Active) {
        throw refusal(EnrolmentRefusal.StaffNotActive, `${staff.name} has left the organisation`);
      }
      const organisation = await manager.findOne(MemberOrganisationEntity, {
        where: { organisationId: staff.organisationId },
      });
      if (organisation?.status !== MemberStatus.Admitted) {
        throw refusal(
          EnrolmentRefusal.OrganisationNotAdmitted,
          `${organisation?.name ?? 'the organisation'} is ${organisation?.status ?? 'not a member'}: its staff cannot be enrolled until it is admitted or reinstated`,
          { organisationId: staff.organisationId, organisationStatus: organisation?.status ?? null },
        );
      }
      const session = await manager.findOne(SessionEntity, {
        where: { id: dto.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new DomainError(ErrorCode.NotFound, `session ${dto.sessionId} not found`);
      if (session.status !== SessionStatus.Scheduled) {
        throw refusal(EnrolmentRefusal.SessionNotScheduled, `the session is ${session.status}`);
      }
      const now = new Date();
      // Alliance admins may record a late or back-dated enrolment; representatives keep to the window.
      const admin = !ctx.caller || ctx.caller.role === Role.AllianceAdmin;
      if (!admin && (now < session.enrolmentOpensAt || now > session.enrolmentClosesAt)) {
        throw refusal(
          EnrolmentRefusal.EnrolmentWindowClosed,
          `enrolment is open from ${session.enrolmentOpensAt.toISOString()} to ${session.enrolmentClosesAt.toISOString()}`,
          {
            opensAt: session.enrolmentOpensAt.toISOString(),
            closesAt: session.enrolmentClosesAt.toISOString(),
          },
        );
      }
      const course = await manager.findOneByOrFail(CourseEntity, { id: session.courseId });
      if (course.targetRoles.length && !course.targetRoles.includes(staff.role)) {
        throw refusal(
          EnrolmentRefusal.RoleNotTargeted,
          `${course.code} is for ${course.targetRoles.join(', ')}; ${staff.name} is ${staff.role}`,
          { role: staff.role, targetRoles: course.targetRoles },
        );
      }
      await this.requirePrerequisites(manager, staff, course, now);
      const existing = await manager.query(
        `SELECT 1 FROM enrolment WHERE session_id = $1 AND staff_id = $2 AND status = ANY($3::text[])`,
        [session.id, staff.id, LIVE],
      );
      if (existing.length) throw this.alreadyEnrolled(staff.name);
      await this.refuseOverlap(manager, staff, session);

      const requestNumber = session.lastRequestNumber + 1;
      await manager.query(`UPDATE session SET last_request_number = $2 WHERE id = $1`, [
        session.id,
        requestNumber,
      ]);
      const seated = session.confirmedCount < session.capacity;
      const enrolment = manager.create(EnrolmentEntity, {
        id: randomUUID(),
        sessionId: session.id,
        staffId: staff.id,
        organisationId: staff.organisationId,
        status: seated ? EnrolmentStatus.Confirmed : EnrolmentStatus.Waitlisted,
        requestNumber,
        requestedAt: now,
        confirmedAt: seated ? now : null,
        promoted: false,
        cancelledAt: null,
        cancellationReason: null,
        version: 1,
      });
      try {
        await manager.insert(EnrolmentEntity, enrolment);
      } catch (error) {
        if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'enrolment_staff_session_key') {
          throw this.alreadyEnrolled(staff.name);
        }
        throw error;
      }
      const position = seated ? null : session.waitlistCount + 1;
      await this.outbox.append(manager, {
        type: seated ? TrainingEvent.enrolmentConfirmed : TrainingEvent.enrolmentWaitlisted,
        aggregateId: enrolment.id,
        aggregateVersion: enrolment.version,
        data: this.eventData(enrolment, course.id, { waitlistPosition: position }),
        meta: eventMeta(ctx),
      });
      return this.view(enrolment, staff.name, position);
    });
  }

  /** Ends an enrolment; a freed confirmed seat goes to the first waitlisted at once. */
  async cancel(dto: CancelEnrolmentDto, ctx: RequestContext): Promise<EnrolmentView> {
    return inTransaction(this.dataSource, async (manager) => {
      const [found] = (await manager.query(`SELECT session_id FROM enrolment WHERE id = $1`, [
        dto.id,
      ])) as Array<{
        session_id: string;
      }>;
      if (!found) throw new DomainError(ErrorCode.NotFound, `enrolment ${dto.id} not found`);
      const session = await manager.findOneOrFail(SessionEntity, {
        where: { id: found.session_id },
        lock: { mode: 'pessimistic_write' },
      });
      const enrolment = await lockVersioned(
        manager,
        EnrolmentEntity,
        dto.id,
        dto.expectedVersion,
        'enrolment',
      );
      requireOwnOrganisation(ctx.caller, enrolment.organisationId, 'cancel enrolments');
      if (!LIVE.includes(enrolment.status as (typeof LIVE)[number])) {
        throw new DomainError(ErrorCode.IllegalTransition, `the enrolment is already ${enrolment.status}`);
      }
      if (session.status !== SessionStatus.Scheduled) {
        throw new DomainError(ErrorCode.IllegalTransition, `the session is ${session.status}`);
      }
      const meta = eventMeta(ctx);
      await this.cancelOne(manager, enrolment, session.courseId, dto.reason?.trim() || 'cancelled', meta);
      await this.promote(manager, session.id, meta);
      const name = await this.staffName(manager, enrolment.staffId);
      return this.view(enrolment, name, null);
    });
  }

  /**
   * The organisation was suspended, withdrew or was expelled: its staff's enrolments in sessions that have
   * not started end with the reason, and each session's freed seats go to its waitlist.
   */
  async cancelForOrganisation(
    manager: EntityManager,
    organisationId: string,
    reason: string,
    meta: EventMeta,
  ): Promise<number> {
    const sessions = (await manager.query(
      `SELECT DISTINCT s.id
         FROM enrolment e JOIN session s ON s.id = e.session_id
        WHERE e.organisation_id = $1 AND e.status = ANY($2::text[])
          AND s.status = 'scheduled' AND s.starts_at > now()
        ORDER BY s.id`,
      [organisationId, LIVE],
    )) as Array<{ id: string }>;
    let cancelled = 0;
    for (const { id } of sessions) {
      const session = await manager.findOneOrFail(SessionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const enrolments = await manager
        .createQueryBuilder(EnrolmentEntity, 'e')
        .setLock('pessimistic_write')
        .where('e.session_id = :id AND e.organisation_id = :organisationId AND e.status IN (:...live)', {
          id,
          organisationId,
          live: LIVE,
        })
        .orderBy('e.request_number', 'ASC')
        .getMany();
      for (const enrolment of enrolments)
        await this.cancelOne(manager, enrolment, session.courseId, reason, meta);
      cancelled += enrolments.length;
      await this.promote(manager, id, meta);
    }
    return cancelled;
  }

  /** Every live enrolment of a cancelled session ends (the caller holds the session's lock). */
  async cancelAllOfSession(
    manager: EntityManager,
    sessionId: string,
    reason: string,
    meta: EventMeta,
  ): Promise<void> {
    const [session] = (await manager.query(`SELECT course_id FROM session WHERE id = $1`, [
      sessionId,
    ])) as Array<{
      course_id: string;
    }>;
    const enrolments = await manager
      .createQueryBuilder(EnrolmentEntity, 'e')
      .setLock('pessimistic_write')
      .where('e.session_id = :sessionId AND e.status IN (:...live)', { sessionId, live: LIVE })
      .orderBy('e.request_number', 'ASC')
      .getMany();
    for (const enrolment of enrolments)
      await this.cancelOne(manager, enrolment, session.course_id, reason, meta);
  }

  /** Organisations with confirmed or waitlisted staff in a session (to be told of a change). */
  async liveOrganisations(manager: EntityManager, sessionId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT DISTINCT organisation_id FROM enrolment WHERE session_id = $1 AND status = ANY($2::text[]) ORDER BY 1`,
      [sessionId, LIVE],
    )) as Array<{ organisation_id: string }>;
    return rows.map((r) => r.organisation_id);
  }

  private async cancelOne(
    manager: EntityManager,
    enrolment: EnrolmentEntity,
    courseId: string,
    reason: string,
    meta: EventMeta,
  ): Promise<void> {
    enrolment.status = EnrolmentStatus.Cancelled;
    enrolment.cancelledAt = new Date();
    enrolment.cancellationReason = reason;
    enrolment.version += 1;
    await manager.save(EnrolmentEntity, enrolment);
    await this.outbox.append(manager, {
      type: TrainingEvent.enrolmentCancelled,
      aggregateId: enrolment.id,
      aggregateVersion: enrolment.version,
      data: this.eventData(enrolment, courseId, { reason }),
      meta,
    });
  }

  /** Fills free seats from the waitlist in order of request (the caller holds the session's lock). */
  private async promote(manager: EntityManager, sessionId: string, meta: EventMeta): Promise<void> {
    const [seats] = (await manager.query(
      `SELECT capacity - confirmed_count AS free, course_id FROM session WHERE id = $1`,
      [sessionId],
    )) as Array<{ free: number; course_id: string }>;
    if (seats.free <= 0) return;
    const next = await manager
      .createQueryBuilder(EnrolmentEntity, 'e')
      .setLock('pessimistic_write')
      .where('e.session_id = :sessionId AND e.status = :waitlisted', {
        sessionId,
        waitlisted: EnrolmentStatus.Waitlisted,
      })
      .orderBy('e.request_number', 'ASC')
      .limit(seats.free)
      .getMany();
    const now = new Date();
    for (const enrolment of next) {
      enrolment.status = EnrolmentStatus.Confirmed;
      enrolment.confirmedAt = now;
      enrolment.promoted = true;
      enrolment.version += 1;
      await manager.save(EnrolmentEntity, enrolment);
      await this.outbox.append(manager, {
        type: TrainingEvent.enrolmentPromoted,
        aggregateId: enrolment.id,
        aggregateVersion: enrolment.version,
        data: this.eventData(enrolment, seats.course_id),
        meta,
      });
    }
  }

  private async requirePrerequisites(
    manager: EntityManager,
    staff: StaffEntity,
    course: CourseEntity,
    now: Date,
  ): Promise<void> {
    if (!course.prerequisiteCourseIds.length) return;
    const missing = (await manager.query(
      `SELECT p.id, p.code, p.title
         FROM course p
        WHERE p.id = ANY($1::uuid[])
          AND NOT EXISTS (
            SELECT 1 FROM certificate c
             WHERE c.staff_id = $2 AND c.course_id = p.id AND c.revoked_at IS NULL
               AND (c.expires_on IS NULL OR c.expires_on >= $3::date))
        ORDER BY p.code`,
      [course.prerequisiteCourseIds, staff.id, allianceDate(now)],
    )) as Array<{ id: string; code: string; title: string }>;
    if (missing.length) {
      throw refusal(
        EnrolmentRefusal.PrerequisiteMissing,
        `${staff.name} has no valid certificate of ${missing.map((m) => `${m.code} ${m.title}`).join(', ')}, required for ${course.code}`,
        { missingCourseIds: missing.map((m) => m.id) },
      );
    }
  }

  private async refuseOverlap(
    manager: EntityManager,
    staff: StaffEntity,
    session: SessionEntity,
  ): Promise<void> {
    const [clash] = (await manager.query(
      `SELECT other.session_id, c.code, c.title, om.starts_at, om.ends_at
         FROM enrolment other
         JOIN session os ON os.id = other.session_id AND os.status = 'scheduled'
         JOIN course c ON c.id = os.course_id
         JOIN session_meeting om ON om.session_id = other.session_id
         JOIN session_meeting m ON m.session_id = $2
                               AND tstzrange(m.starts_at, m.ends_at, '[)') && tstzrange(om.starts_at, om.ends_at, '[)')
        WHERE other.staff_id = $1 AND other.status = ANY($3::text[]) AND other.session_id <> $2
        ORDER BY om.starts_at
        LIMIT 1`,
      [staff.id, session.id, LIVE],
    )) as Array<{ session_id: string; code: string; title: string; starts_at: Date; ends_at: Date }>;
    if (clash) {
      throw refusal(
        EnrolmentRefusal.OverlappingEnrolment,
        `${staff.name} is already enrolled in session ${clash.session_id} (${clash.code} ${clash.title}) at ${allianceTimeRange(clash.starts_at, clash.ends_at)} (Asia/Shanghai)`,
        { clashingSessionId: clash.session_id },
      );
    }
  }

  private alreadyEnrolled(name: string): DomainError {
    return new DomainError(ErrorCode.AlreadyExists, `${name} is already enrolled in this session`, {
      reason: 'already_enrolled',
    });
  }

  private async staffName(manager: EntityManager, staffId: string): Promise<string> {
    const [row] = (await manager.query(`SELECT name FROM staff WHERE id = $1`, [staffId])) as Array<{
      name: string;
    }>;
    return row?.name ?? '';
  }

  private eventData(
    enrolment: EnrolmentEntity,
    courseId: string,
    extra: Partial<EnrolmentEventData> = {},
  ): EnrolmentEventData {
    return {
      enrolmentId: enrolment.id,
      sessionId: enrolment.sessionId,
      courseId,
      staffId: enrolment.staffId,
      organisationId: enrolment.organisationId,
      status: enrolment.status,
      requestNumber: enrolment.requestNumber,
      ...extra,
    };
  }

  view(enrolment: EnrolmentEntity, staffName: string, waitlistPosition: number | null): EnrolmentView {
    return {
      id: enrolment.id,
      sessionId: enrolment.sessionId,
      staffId: enrolment.staffId,
      staffName,
      organisationId: enrolment.organisationId,
      status: enrolment.status,
      requestNumber: enrolment.requestNumber,
      waitlistPosition,
      requestedAt: enrolment.requestedAt.toISOString(),
      confirmedAt: enrolment.confirmedAt?.toISOString() ?? null,
      promoted: enrolment.promoted,
      cancelledAt: enrolment.cancelledAt?.toISOString() ?? null,
      cancellationReason: enrolment.cancellationReason,
      version: enrolment.version,
    };
  }
}
