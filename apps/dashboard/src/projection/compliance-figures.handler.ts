import type { EventEnvelope } from '@alliance/contracts';
import { ComplianceEvent } from '@alliance/contracts/compliance';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionFiguresData, AuditFiguresData, FindingFiguresData, GradeFiguresData } from './event-data';
import { claimEvent, lockOrg, moveCount } from './projection-lock';

/** Audit events do not carry the audit's status: it follows from the event type. */
const AUDIT_STATUS_OF: Record<string, string> = {
  [ComplianceEvent.auditPlanned]: 'planned',
  [ComplianceEvent.auditStarted]: 'in_progress',
  [ComplianceEvent.auditSubmitted]: 'submitted',
  [ComplianceEvent.auditCancelled]: 'cancelled',
  [ComplianceEvent.auditClosed]: 'closed',
};
const DONE = new Set(['submitted', 'closed']);

/**
 * Audits done (submitted or closed) per organisation, each organisation's current grade (from
 * `grade-changed`), and corrective actions not closed; overdue ones are counted when read (due date before
 * the day asked about), the same rule as compliance's overdue check.
 */
@Injectable()
@EventConsumer('compliance')
export class ComplianceFiguresHandler {
  @OnEvent(ComplianceEvent.auditPlanned, AuditFiguresData)
  planned(event: EventEnvelope<AuditFiguresData>, manager: EntityManager): Promise<void> {
    return this.audit(event, manager);
  }

  @OnEvent(ComplianceEvent.auditStarted, AuditFiguresData)
  started(event: EventEnvelope<AuditFiguresData>, manager: EntityManager): Promise<void> {
    return this.audit(event, manager);
  }

  @OnEvent(ComplianceEvent.auditSubmitted, AuditFiguresData)
  submitted(event: EventEnvelope<AuditFiguresData>, manager: EntityManager): Promise<void> {
    return this.audit(event, manager);
  }

  @OnEvent(ComplianceEvent.auditAmended, AuditFiguresData)
  amended(event: EventEnvelope<AuditFiguresData>, manager: EntityManager): Promise<void> {
    return this.audit(event, manager);
  }

  @OnEvent(ComplianceEvent.auditCancelled, AuditFiguresData)
  cancelled(event: EventEnvelope<AuditFiguresData>, manager: EntityManager): Promise<void> {
    return this.audit(event, manager);
  }

  @OnEvent(ComplianceEvent.auditClosed, AuditFiguresData)
  closed(event: EventEnvelope<AuditFiguresData>, manager: EntityManager): Promise<void> {
    return this.audit(event, manager);
  }

  @OnEvent(ComplianceEvent.gradeChanged, GradeFiguresData)
  async gradeChanged(event: EventEnvelope<GradeFiguresData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    await manager.query(
      `INSERT INTO dash_org (organisation_id, grade) VALUES ($1, $2)
       ON CONFLICT (organisation_id) DO UPDATE SET grade = excluded.grade`,
      [event.data.organisationId, event.data.grade],
    );
  }

  /** A finding opens its corrective action (unless the action's own events were applied first). */
  @OnEvent(ComplianceEvent.findingRaised, FindingFiguresData)
  async findingRaised(event: EventEnvelope<FindingFiguresData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    const district = await lockOrg(manager, d.organisationId);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO dash_action (action_id, organisation_id, district_code, status, due_date) VALUES ($1, $2, $3, 'open', $4)
       ON CONFLICT (action_id) DO NOTHING RETURNING action_id`,
      [d.actionId, d.organisationId, district, d.dueDate.slice(0, 10)],
    );
    if (inserted.length > 0) {
      await moveCount(manager, 'actions_open', null, { organisationId: d.organisationId, counted: true });
    }
  }

  @OnEvent(ComplianceEvent.actionSubmitted, ActionFiguresData)
  actionSubmitted(event: EventEnvelope<ActionFiguresData>, manager: EntityManager): Promise<void> {
    return this.action(event, manager);
  }

  @OnEvent(ComplianceEvent.actionClosed, ActionFiguresData)
  actionClosed(event: EventEnvelope<ActionFiguresData>, manager: EntityManager): Promise<void> {
    return this.action(event, manager);
  }

  @OnEvent(ComplianceEvent.actionReopened, ActionFiguresData)
  actionReopened(event: EventEnvelope<ActionFiguresData>, manager: EntityManager): Promise<void> {
    return this.action(event, manager);
  }

  @OnEvent(ComplianceEvent.actionOverdue, ActionFiguresData)
  actionOverdue(event: EventEnvelope<ActionFiguresData>, manager: EntityManager): Promise<void> {
    return this.action(event, manager);
  }

  private async audit(event: EventEnvelope<AuditFiguresData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    const [before] = (await manager.query(
      `SELECT organisation_id, status FROM dash_audit WHERE audit_id = $1 FOR UPDATE`,
      [d.auditId],
    )) as Array<{ organisation_id: string; status: string }>;
    // Amended: the audit stays where it was (submitted or closed); only the grade changes.
    const status = AUDIT_STATUS_OF[event.type] ?? (before && DONE.has(before.status) ? before.status : 'submitted');
    await manager.query(
      `INSERT INTO dash_audit (audit_id, organisation_id, status, grade) VALUES ($1, $2, $3, $4)
       ON CONFLICT (audit_id) DO UPDATE SET organisation_id = excluded.organisation_id,
         status = excluded.status, grade = excluded.grade`,
      [d.auditId, d.organisationId, status, d.grade ?? null],
    );
    await moveCount(
      manager,
      'audits_done',
      before ? { organisationId: before.organisation_id, counted: DONE.has(before.status) } : null,
      { organisationId: d.organisationId, counted: DONE.has(status) },
    );
  }

  private async action(event: EventEnvelope<ActionFiguresData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    const [before] = (await manager.query(
      `SELECT organisation_id, status FROM dash_action WHERE action_id = $1 FOR UPDATE`,
      [d.actionId],
    )) as Array<{ organisation_id: string; status: string }>;
    const district = await lockOrg(manager, d.organisationId);
    await manager.query(
      `INSERT INTO dash_action (action_id, organisation_id, district_code, status, due_date) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (action_id) DO UPDATE SET organisation_id = excluded.organisation_id,
         district_code = excluded.district_code, status = excluded.status, due_date = excluded.due_date`,
      [d.actionId, d.organisationId, district, d.status, d.dueDate.slice(0, 10)],
    );
    await moveCount(
      manager,
      'actions_open',
      before ? { organisationId: before.organisation_id, counted: before.status !== 'closed' } : null,
      { organisationId: d.organisationId, counted: d.status !== 'closed' },
    );
  }
}
