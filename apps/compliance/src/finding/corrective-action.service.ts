import { DomainError, ErrorCode, Role, type RpcCaller } from '@alliance/contracts';
import {
  ActionStatus,
  ComplianceEvent,
  type CloseActionDto,
  type CorrectiveActionEventData,
  type FindingPage,
  type FindingRaisedData,
  type FindingSeverity,
  type FindingView,
  type ListFindingsDto,
  type OverdueCheckResult,
  type ReopenActionDto,
  type RespondToActionDto,
  type RunOverdueCheckDto,
} from '@alliance/contracts/compliance';
import {
  eventMeta,
  isMemberRep,
  OutboxWriter,
  type EventMeta,
  type RequestContext,
} from '@alliance/messaging';
import { decodePageCursor, lockVersioned, encodePageCursor } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { findings } from '../audit/audit-view';
import { severityOf } from '../audit/scoring';
import { COMPLIANCE_CONFIG, type ComplianceConfig } from '../shared/compliance-config';
import { isInstant } from '../shared/cursor';
import { actorId, illegal, notFound, organisationScope, requireOwnOrganisation } from '../shared/errors';
import { allianceDate, plusDays } from '../shared/time';
import { CorrectiveActionEntity } from './corrective-action.entity';

/** Where a certificate can be checked by anyone (the gateway's public verification route). */
export const CERTIFICATE_VERIFICATION_PATH = '/api/v1/certificates/verify/';

/** What compliance reads of training's certificate.issued. */
export interface IssuedCertificate {
  certificateId: string;
  organisationId: string;
  staffId: string;
  category: string;
  courseCode: string;
  courseTitle: string | null;
  verificationCode: string;
  issuedAt: string;
}

export interface Shortfall {
  auditId: string;
  organisationId: string;
  criterionId: string;
  criterionCode: string;
  criterionText: string;
  result: 'not_met' | 'partly_met';
  pointsLost: number;
  veto: boolean;
  trainingCategory: string | null;
}

/** An inspector bound to the organisation (conflict of interest) never verifies its actions. */
function refuseConflict(caller: RpcCaller | null, organisationId: string): void {
  if (caller?.role === Role.Inspector && caller.organisationId === organisationId) {
    throw new DomainError(
      ErrorCode.Forbidden,
      'conflict of interest: this inspector account is bound to the audited organisation',
    );
  }
}

/** Findings and their corrective actions: raised on submission, answered, verified, reopened, overdue. */
@Injectable()
export class CorrectiveActionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(COMPLIANCE_CONFIG) private readonly config: ComplianceConfig,
  ) {}

  /**
   * One finding and one corrective action for a criterion not met or partly met; the due date counts from
   * `fromDate` by severity. `finding_audit_criterion_key` keeps it to one per (audit, criterion).
   */
  async raise(manager: EntityManager, s: Shortfall, fromDate: string, meta: EventMeta): Promise<void> {
    const severity: FindingSeverity = severityOf(s.veto, s.pointsLost, this.config.severity);
    const dueDate = plusDays(fromDate, this.config.severity.dueDays[severity]);
    const findingId = randomUUID();
    const actionId = randomUUID();
    const now = new Date();
    await manager.query(
      `INSERT INTO finding (id, audit_id, organisation_id, criterion_id, criterion_code, criterion_text, result,
                            severity, points_lost, veto, training_category, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        findingId,
        s.auditId,
        s.organisationId,
        s.criterionId,
        s.criterionCode,
        s.criterionText,
        s.result,
        severity,
        s.pointsLost,
        s.veto,
        s.trainingCategory,
        now,
      ],
    );
    await manager.insert(CorrectiveActionEntity, {
      id: actionId,
      findingId,
      auditId: s.auditId,
      organisationId: s.organisationId,
      status: ActionStatus.Open,
      dueDate,
      plan: null,
      respondedAt: null,
      respondedBy: null,
      closedAt: null,
      closedBy: null,
      closeNote: null,
      reopenReason: null,
      overdueAt: null,
      version: 1,
      eventVersion: 0,
      createdAt: now,
      updatedAt: now,
    });
    const data: FindingRaisedData = {
      findingId,
      actionId,
      auditId: s.auditId,
      organisationId: s.organisationId,
      criterionId: s.criterionId,
      criterionCode: s.criterionCode,
      severity,
      pointsLost: s.pointsLost,
      veto: s.veto,
      dueDate,
      trainingCategory: s.trainingCategory,
      raisedAt: now.toISOString(),
      criterionText: s.criterionText,
    };
    await this.outbox.append(manager, {
      type: ComplianceEvent.findingRaised,
      aggregateId: findingId,
      aggregateVersion: 1,
      data,
      meta,
    });
  }

  /** The representative answers with a plan (evidence is uploaded against the action). */
  async respond(dto: RespondToActionDto, ctx: RequestContext): Promise<FindingView> {
    return this.change(dto.id, dto.expectedVersion, ctx, async (manager, action) => {
      requireOwnOrganisation(ctx.caller, action.organisationId);
      if (action.status !== ActionStatus.Open) {
        throw illegal(`corrective action ${action.id} is ${action.status}: only an open action is answered`);
      }
      Object.assign(action, {
        status: ActionStatus.Submitted,
        plan: dto.plan.trim(),
        respondedAt: new Date(),
        respondedBy: actorId(ctx.caller),
      });
      return { type: ComplianceEvent.actionSubmitted };
    });
  }

  /** The inspector verifies the answer and closes the action. */
  async close(dto: CloseActionDto, ctx: RequestContext): Promise<FindingView> {
    return this.change(dto.id, dto.expectedVersion, ctx, async (manager, action) => {
      refuseConflict(ctx.caller, action.organisationId);
      if (action.status !== ActionStatus.Submitted) {
        throw illegal(
          `corrective action ${action.id} is ${action.status}: only an answered action is closed`,
        );
      }
      Object.assign(action, {
        status: ActionStatus.Closed,
        closedAt: new Date(),
        closedBy: actorId(ctx.caller),
        closeNote: dto.note?.trim() || null,
      });
      return { type: ComplianceEvent.actionClosed };
    });
  }

  async reopen(dto: ReopenActionDto, ctx: RequestContext): Promise<FindingView> {
    return this.change(dto.id, dto.expectedVersion, ctx, async (manager, action) => {
      refuseConflict(ctx.caller, action.organisationId);
      if (action.status === ActionStatus.Open)
        throw illegal(`corrective action ${action.id} is already open`);
      Object.assign(action, {
        status: ActionStatus.Open,
        closedAt: null,
        closedBy: null,
        closeNote: null,
        reopenReason: dto.reason.trim(),
      });
      return { type: ComplianceEvent.actionReopened, reason: dto.reason.trim() };
    });
  }

  /** An amendment made the criterion met (or not applicable): its action closes without an answer. */
  async closeByAmendment(
    manager: EntityManager,
    auditId: string,
    criterionId: string,
    meta: EventMeta,
  ): Promise<void> {
    const [row] = await manager.query(
      `SELECT x.id FROM corrective_action x JOIN finding f ON f.id = x.finding_id
        WHERE f.audit_id = $1 AND f.criterion_id = $2 AND x.status <> 'closed' FOR UPDATE OF x`,
      [auditId, criterionId],
    );
    if (!row) return;
    const action = await manager.findOneByOrFail(CorrectiveActionEntity, { id: row.id });
    const now = new Date();
    Object.assign(action, {
      status: ActionStatus.Closed,
      closedAt: now,
      closedBy: meta.actor.id,
      closeNote: 'the audit was amended: the criterion no longer falls short',
      version: action.version + 1,
      eventVersion: action.eventVersion + 1,
      updatedAt: now,
    });
    await manager.save(CorrectiveActionEntity, action);
    await this.emit(manager, action, ComplianceEvent.actionClosed, meta, action.closeNote);
  }

  /**
   * A training certificate issued to the organisation's staff in a finding's training category after the
   * finding was raised is recorded as evidence of each of its actions not yet closed; an open action is then
   * answered by it and goes to the inspector to verify, as the representative's answer would. An action
   * already answered gets the certificate too and is announced again as submitted (status unchanged), so
   * training sees the certificate reach it. A certificate is recorded once per action
   * (`evidence_action_certificate_key`), whatever the deliveries of its event.
   */
  async attachCertificate(manager: EntityManager, c: IssuedCertificate, meta: EventMeta): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT x.id FROM corrective_action x JOIN finding f ON f.id = x.finding_id
        WHERE f.organisation_id = $1 AND f.training_category = $2 AND f.raised_at < $3
          AND x.status <> 'closed'
        ORDER BY f.raised_at, x.id
          FOR UPDATE OF x`,
      [c.organisationId, c.category, c.issuedAt],
    );
    for (const { id } of rows) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO evidence (id, action_id, kind, url, title, added_by, added_at, certificate_id,
                               certificate_number, certificate_staff_id, certificate_course_code, certificate_issued_at)
         VALUES ($1, $2, 'link', $3, $4, 'training', now(), $5, $6, $7, $8, $9)
         ON CONFLICT (action_id, certificate_id) WHERE certificate_id IS NOT NULL DO NOTHING
         RETURNING id`,
        [
          randomUUID(),
          id,
          `${CERTIFICATE_VERIFICATION_PATH}${encodeURIComponent(c.verificationCode)}`,
          `培训证书 training certificate ${c.courseCode}${c.courseTitle ? ` ${c.courseTitle}` : ''} · ${c.verificationCode}`,
          c.certificateId,
          c.verificationCode,
          c.staffId,
          c.courseCode,
          c.issuedAt,
        ],
      );
      if (inserted.length === 0) continue;
      const action = await manager.findOneByOrFail(CorrectiveActionEntity, { id });
      const now = new Date();
      if (action.status === ActionStatus.Open) {
        Object.assign(action, {
          status: ActionStatus.Submitted,
          plan:
            action.plan ??
            '员工已完成对应培训并取得证书 staff completed the matching training (certificates attached)',
          respondedAt: now,
          respondedBy: 'training',
        });
      }
      action.version += 1;
      action.eventVersion += 1;
      action.updatedAt = now;
      await manager.save(CorrectiveActionEntity, action);
      await this.emit(manager, action, ComplianceEvent.actionSubmitted, meta, null);
    }
  }

  /** A revoked certificate stays on the record, marked revoked, for the inspector to see. */
  async noteCertificateRevoked(
    manager: EntityManager,
    certificateId: string,
    revokedAt: Date,
    reason: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE evidence SET certificate_revoked_at = $2, certificate_revocation_reason = $3
        WHERE certificate_id = $1 AND certificate_revoked_at IS NULL`,
      [certificateId, revokedAt, reason],
    );
  }

  async get(id: string, ctx: RequestContext): Promise<FindingView> {
    const [finding] = await findings(this.dataSource.manager, 'x.id = $1', [id]);
    if (!finding) throw notFound('corrective action', id);
    requireOwnOrganisation(ctx.caller, finding.organisationId);
    if (ctx.caller?.role === Role.Trainer && !finding.trainingCategory) {
      throw new DomainError(ErrorCode.Forbidden, 'trainers read findings linked to a training category only');
    }
    return finding;
  }

  async list(dto: ListFindingsDto, ctx: RequestContext): Promise<FindingPage> {
    const organisationId = organisationScope(ctx.caller, dto.organisationId);
    const where: string[] = ['true'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (organisationId) add('f.organisation_id = ?', organisationId);
    if (dto.auditId) add('f.audit_id = ?', dto.auditId);
    if (dto.severity) add('f.severity = ?', dto.severity);
    if (dto.trainingCategory) add('f.training_category = ?', dto.trainingCategory);
    if (ctx.caller?.role === Role.Trainer) where.push('f.training_category IS NOT NULL');
    if (dto.open) where.push(`x.status <> 'closed'`);
    if (dto.cursor) {
      const { key: raisedAt, id } = decodePageCursor(dto.cursor, isInstant);
      params.push(raisedAt, id);
      where.push(`(f.raised_at, f.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const limit = dto.limit ?? 50;
    params.push(limit + 1);
    const rows = await findings(
      this.dataSource.manager,
      where.join(' AND '),
      params,
      `ORDER BY f.raised_at DESC, f.id DESC LIMIT $${params.length}`,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodePageCursor({ key: last.raisedAt, id: last.id }) : null,
    };
  }

  /**
   * Marks every action past its due date overdue and announces it — once per action, whichever instance
   * runs the check: the conditional UPDATE (`overdue_at IS NULL`) lets only one transaction mark a row (a
   * second one waits on the row lock, then finds it marked), and the event is written in that transaction.
   */
  async runOverdueCheck(dto: RunOverdueCheckDto, ctx: RequestContext): Promise<OverdueCheckResult> {
    const asOf = dto.asOf ?? allianceDate(new Date());
    const meta = eventMeta(ctx);
    const marked = await this.dataSource.transaction(async (manager) => {
      const [rows]: [Array<{ id: string }>] = await manager.query(
        `UPDATE corrective_action
            SET overdue_at = now(), event_version = event_version + 1, updated_at = now()
          WHERE status <> 'closed' AND overdue_at IS NULL AND due_date < $1
        RETURNING id`,
        [asOf],
      );
      for (const { id } of rows) {
        const action = await manager.findOneByOrFail(CorrectiveActionEntity, { id });
        await this.emit(manager, action, ComplianceEvent.actionOverdue, meta, null);
      }
      return rows.length;
    });
    return { asOf, markedOverdue: marked };
  }

  private async change(
    id: string,
    expectedVersion: number,
    ctx: RequestContext,
    apply: (
      manager: EntityManager,
      action: CorrectiveActionEntity,
    ) => Promise<{ type: string; reason?: string | null }>,
  ): Promise<FindingView> {
    await this.dataSource.transaction(async (manager) => {
      const action = await lockVersioned(
        manager,
        CorrectiveActionEntity,
        id,
        expectedVersion,
        'corrective action',
      );
      if (isMemberRep(ctx.caller)) requireOwnOrganisation(ctx.caller, action.organisationId);
      const { type, reason } = await apply(manager, action);
      action.version += 1;
      action.eventVersion += 1;
      action.updatedAt = new Date();
      await manager.save(CorrectiveActionEntity, action);
      await this.emit(manager, action, type, eventMeta(ctx), reason ?? null);
    });
    return this.get(id, ctx);
  }

  private async emit(
    manager: EntityManager,
    action: CorrectiveActionEntity,
    type: string,
    meta: EventMeta,
    reason: string | null,
  ): Promise<void> {
    const [finding] = await manager.query(
      `SELECT f.severity, f.training_category,
              ARRAY(SELECT e.certificate_id FROM evidence e
                     WHERE e.action_id = $2 AND e.certificate_id IS NOT NULL ORDER BY e.added_at, e.id)::text[]
                AS certificate_ids
         FROM finding f WHERE f.id = $1`,
      [action.findingId, action.id],
    );
    const data: CorrectiveActionEventData = {
      actionId: action.id,
      findingId: action.findingId,
      auditId: action.auditId,
      organisationId: action.organisationId,
      severity: finding.severity,
      status: action.status,
      dueDate: action.dueDate,
      trainingCategory: finding.training_category,
      reason,
      certificateIds: finding.certificate_ids,
    };
    await this.outbox.append(manager, {
      type,
      aggregateId: action.id,
      aggregateVersion: action.eventVersion,
      data,
      meta,
    });
  }
}
