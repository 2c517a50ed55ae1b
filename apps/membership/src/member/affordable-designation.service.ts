import { ErrorCode, Role, type EventEnvelope } from '@alliance/contracts';
import {
  AffordableDesignationDecision,
  FAILING_AUDIT_GRADES,
  MembershipEvent,
  type AffordableDesignationReview,
  type DecideAffordableDesignationDto,
  type MemberAffordableDesignationReviewedData,
  type MemberAffordableDesignationReviewOpenedData,
  type MemberGrade,
  type MemberHistoryAction,
  type MemberView,
} from '@alliance/contracts/membership';
import type { Grade } from '@alliance/contracts/compliance';
import {
  actorOf,
  DomainError,
  eventMeta,
  hasRole,
  OutboxWriter,
  type EventMeta,
  type RequestContext,
} from '@alliance/messaging';
import { inTransaction, lockVersioned } from '@alliance/persistence';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DistrictService } from '../district/district.service';
import { MemberHistoryEntity } from './member-history.entity';
import { isProfileEditable } from './member-lifecycle';
import { affordableDesignationStatus, toMemberView, toProfileData } from './member-view';
import { MemberEntity } from './member.entity';

/** What membership reads of compliance's `compliance.grade-changed` (validated by the handler). */
export interface GradeChange {
  organisationId: string;
  standardCode: string;
  standardId: string;
  auditId: string;
  grade: Grade;
  score: string;
}

interface ReviewRow {
  audit_id: string;
  standard_code: string;
  grade: Grade;
  affordable_places: number;
  opened_at: Date;
  decision: AffordableDesignationDecision | null;
  reason: string | null;
  decided_at: Date | null;
  decided_by: string | null;
}

/** The service itself, as the actor of what it does in reaction to another context's event. */
const MEMBERSHIP_ACTOR = { id: 'membership', kind: 'service' } as const;

function toReview(row: ReviewRow): AffordableDesignationReview {
  return {
    auditId: row.audit_id,
    standardCode: row.standard_code,
    grade: row.grade,
    openedAt: row.opened_at.toISOString(),
    decision: row.decision,
    reason: row.reason,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
    affordablePlaces: row.affordable_places,
  };
}

/**
 * Compliance grades on the organisation's profile, and the review of its affordable-place (普惠) designation
 * that a failed audit opens and the admins decide.
 *
 * A grade that passes after a failure — an amended audit, or the next audit — does not close an open review:
 * the review is the alliance's decision about public money, taken by people who read the audit. Closing it by
 * itself would let the designation flip with each correction an inspector makes, and a revocation could then
 * never be told from a review that merely lapsed; the admins see the new grade beside the review and decide.
 */
@Injectable()
export class AffordableDesignationService {
  private readonly logger = new Logger('AffordableDesignation');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(DistrictService) private readonly districts: DistrictService,
  ) {}

  /**
   * Records the organisation's grade for the standard, unless a later one is recorded already (events of an
   * organisation come in compliance's sequence; a replayed older one must not win). A failing grade puts a
   * designation in force under review, linked to the audit; nothing else changes the member.
   */
  async recordGrade(manager: EntityManager, event: EventEnvelope<GradeChange>): Promise<void> {
    const d = event.data;
    const member = await manager
      .getRepository(MemberEntity)
      .findOne({ where: { id: d.organisationId }, lock: { mode: 'pessimistic_write' } });
    if (!member) {
      // Compliance knows organisations from membership's own events: one unknown here was never ours.
      this.logger.warn(
        `grade ${d.grade} of unknown organisation ${d.organisationId} (audit ${d.auditId}) ignored`,
      );
      return;
    }
    const recorded: unknown[] = await manager.query(
      `INSERT INTO member_grade (member_id, standard_code, standard_id, grade, score, audit_id, graded_at, event_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (member_id, standard_code) DO UPDATE
         SET standard_id = EXCLUDED.standard_id, grade = EXCLUDED.grade, score = EXCLUDED.score,
             audit_id = EXCLUDED.audit_id, graded_at = EXCLUDED.graded_at, event_version = EXCLUDED.event_version
         WHERE member_grade.event_version < EXCLUDED.event_version
       RETURNING member_id`,
      [
        member.id,
        d.standardCode,
        d.standardId,
        d.grade,
        d.score,
        d.auditId,
        event.occurredAt,
        event.aggregateVersion,
      ],
    );
    if (!recorded.length || !FAILING_AUDIT_GRADES.includes(d.grade)) return;
    // Only a designation in force is reviewed: none to review without affordable places, one under review
    // keeps the audit that opened it, a revoked one is decided, and a departed organisation's record is kept
    // as it was.
    if (
      member.affordableDesignation !== 'designated' ||
      member.affordablePlaces === 0 ||
      !isProfileEditable(member.status)
    ) {
      return;
    }

    const now = new Date();
    await manager.query(
      `INSERT INTO member_affordable_review (member_id, audit_id, standard_code, grade, affordable_places, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [member.id, d.auditId, d.standardCode, d.grade, member.affordablePlaces, now],
    );
    member.affordableDesignation = 'under_review';
    member.version += 1;
    member.updatedAt = now;
    await manager.save(MemberEntity, member);
    const reason = `审核 audit ${d.auditId} (${d.standardCode}) graded ${d.grade}`;
    await this.history(manager, member, 'affordable-designation-review-opened', reason, now, {
      actorId: MEMBERSHIP_ACTOR.id,
      actorRole: null,
      correlationId: event.correlationId,
    });
    const data: MemberAffordableDesignationReviewOpenedData = {
      memberId: member.id,
      name: member.name,
      districtCode: member.districtCode,
      auditId: d.auditId,
      standardCode: d.standardCode,
      grade: d.grade,
      affordablePlaces: member.affordablePlaces,
      openedAt: now.toISOString(),
    };
    const meta: EventMeta = {
      correlationId: event.correlationId,
      causationId: event.eventId,
      actor: MEMBERSHIP_ACTOR,
    };
    await this.outbox.append(manager, {
      type: MembershipEvent.memberAffordableDesignationReviewOpened,
      aggregateId: member.id,
      aggregateVersion: member.version,
      data,
      meta,
    });
  }

  /** The admins keep the designation (designated again) or revoke it (affordable places to 0). */
  async decide(dto: DecideAffordableDesignationDto, ctx: RequestContext): Promise<MemberView> {
    if (!hasRole(ctx.caller, Role.AllianceAdmin)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'only an alliance admin decides an affordable-place designation under review',
      );
    }
    return inTransaction(this.dataSource, async (manager) => {
      const member = await lockVersioned(
        manager,
        MemberEntity,
        dto.id,
        dto.expectedVersion,
        'member organisation',
      );
      if (member.affordableDesignation !== 'under_review') {
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `the affordable-place designation of member organisation ${member.id} is not under review`,
          { affordableDesignation: affordableDesignationStatus(member) },
        );
      }
      const now = new Date();
      const reason = dto.reason.trim();
      const actor = actorOf(ctx.caller);
      // TypeORM answers an UPDATE … RETURNING on PostgreSQL as [rows, affected].
      const [[review]] = (await manager.query(
        `UPDATE member_affordable_review SET decision = $2, reason = $3, decided_at = $4, decided_by = $5
          WHERE member_id = $1 AND decision IS NULL
          RETURNING audit_id, standard_code, grade, affordable_places, opened_at, decision, reason, decided_at, decided_by`,
        [member.id, dto.decision, reason, now, actor.id],
      )) as [ReviewRow[], number];

      const previousAffordablePlaces = member.affordablePlaces;
      if (dto.decision === AffordableDesignationDecision.Revoke) {
        member.affordableDesignation = 'revoked';
        member.affordablePlaces = 0;
      } else {
        member.affordableDesignation = 'designated';
      }
      member.version += 1;
      member.updatedAt = now;
      await manager.save(MemberEntity, member);
      await this.history(
        manager,
        member,
        dto.decision === AffordableDesignationDecision.Revoke
          ? 'affordable-designation-revoked'
          : 'affordable-designation-kept',
        reason,
        now,
        { actorId: actor.id, actorRole: actor.role ?? null, correlationId: ctx.requestId },
      );
      const districtName = await this.districts.nameOf(manager, member.districtCode);
      const data: MemberAffordableDesignationReviewedData = {
        ...toProfileData(member, districtName),
        decision: dto.decision,
        reason,
        auditId: review.audit_id,
        previousAffordablePlaces,
        reviewedAt: now.toISOString(),
      };
      await this.outbox.append(manager, {
        type: MembershipEvent.memberAffordableDesignationReviewed,
        aggregateId: member.id,
        aggregateVersion: member.version,
        data,
        meta: eventMeta(ctx),
      });
      return toMemberView(member, districtName, toReview(review));
    });
  }

  /** The organisation's latest review (open or decided), null if it never had one. */
  async latestReview(
    manager: EntityManager | DataSource,
    memberId: string,
  ): Promise<AffordableDesignationReview | null> {
    const [row] = (await manager.query(
      `SELECT audit_id, standard_code, grade, affordable_places, opened_at, decision, reason, decided_at, decided_by
         FROM member_affordable_review WHERE member_id = $1 ORDER BY opened_at DESC, id DESC LIMIT 1`,
      [memberId],
    )) as ReviewRow[];
    return row ? toReview(row) : null;
  }

  /** The organisation's latest grade per standard, by standard code. */
  async grades(manager: EntityManager | DataSource, memberId: string): Promise<MemberGrade[]> {
    const rows = (await manager.query(
      `SELECT standard_code, standard_id, grade, score, audit_id, graded_at FROM member_grade
        WHERE member_id = $1 ORDER BY standard_code`,
      [memberId],
    )) as Array<{
      standard_code: string;
      standard_id: string;
      grade: Grade;
      score: string;
      audit_id: string;
      graded_at: Date;
    }>;
    return rows.map((r) => ({
      standardCode: r.standard_code,
      standardId: r.standard_id,
      grade: r.grade,
      score: r.score,
      auditId: r.audit_id,
      gradedAt: r.graded_at.toISOString(),
    }));
  }

  private async history(
    manager: EntityManager,
    member: MemberEntity,
    action: MemberHistoryAction,
    reason: string,
    at: Date,
    by: { actorId: string; actorRole: string | null; correlationId: string },
  ): Promise<void> {
    await manager.insert(MemberHistoryEntity, {
      memberId: member.id,
      version: member.version,
      action,
      fromStatus: member.status,
      toStatus: member.status,
      reason,
      ...by,
      occurredAt: at,
    });
  }
}
