import { type EventEnvelope } from '@alliance/contracts';
import { ComplianceEvent } from '@alliance/contracts/compliance';
import { COURSE_CATEGORIES, RequirementStatus } from '@alliance/contracts/training';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Injectable } from '@nestjs/common';
import { IsArray, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/*
 * Compliance's contracts describe its event data as interfaces; these classes validate the fields training
 * reads, so an event missing one is dead-lettered (visible to admins) rather than applied wrong.
 */
export class FindingRaisedEvent {
  @IsUUID() findingId!: string;
  @IsUUID() actionId!: string;
  @IsUUID() auditId!: string;
  @IsUUID() organisationId!: string;
  @IsString() criterionCode!: string;
  @IsString() severity!: string;
  @IsString() dueDate!: string;
  @IsOptional() @IsString() trainingCategory!: string | null;
  @IsOptional() @IsISO8601() raisedAt?: string;
}

export class CorrectiveActionEvent {
  @IsUUID() actionId!: string;
  @IsUUID() findingId!: string;
  @IsString() status!: string;
  @IsOptional() @IsString() trainingCategory!: string | null;
  @IsOptional() @IsString() reason?: string | null;
  @IsOptional() @IsArray() @IsUUID('all', { each: true }) certificateIds?: string[];
}

const KNOWN_CATEGORIES = new Set<string>(COURSE_CATEGORIES);

/**
 * Training requirements from compliance's events: a finding linked to a training category opens one for the
 * organisation; the corrective action's events move it. The consumer applies each aggregate's events once and
 * in version order; a finding and its action are two aggregates, so an action event that overtook its
 * finding (a finding.raised redelivered after a failure) is refused here and retried until the finding is in.
 */
@Injectable()
@EventConsumer('compliance')
export class ComplianceEventsHandler {
  @OnEvent(ComplianceEvent.findingRaised, FindingRaisedEvent)
  async findingRaised(event: EventEnvelope<FindingRaisedEvent>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (!d.trainingCategory || !KNOWN_CATEGORIES.has(d.trainingCategory)) return;
    const now = new Date();
    await manager.query(
      `INSERT INTO training_requirement (id, finding_id, action_id, audit_id, organisation_id, category,
                                         criterion_code, severity, raised_at, due_date, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11, $11)
       ON CONFLICT (finding_id) DO NOTHING`,
      [
        randomUUID(),
        d.findingId,
        d.actionId,
        d.auditId,
        d.organisationId,
        d.trainingCategory,
        d.criterionCode,
        d.severity,
        d.raisedAt ?? event.occurredAt,
        d.dueDate.slice(0, 10),
        now,
      ],
    );
  }

  /** Answered: with certificates among its evidence the requirement is met (the inspector verifies next). */
  @OnEvent(ComplianceEvent.actionSubmitted, CorrectiveActionEvent)
  async actionSubmitted(event: EventEnvelope<CorrectiveActionEvent>, manager: EntityManager): Promise<void> {
    const certificates = event.data.certificateIds ?? [];
    await this.move(event, manager, (current) =>
      certificates.length > 0 || current === RequirementStatus.Met ? RequirementStatus.Met : current,
    );
  }

  /** Closed: verified training closes the requirement; closed any other way (amended away, answered without
   * certificates) withdraws it. */
  @OnEvent(ComplianceEvent.actionClosed, CorrectiveActionEvent)
  async actionClosed(event: EventEnvelope<CorrectiveActionEvent>, manager: EntityManager): Promise<void> {
    const certificates = event.data.certificateIds ?? [];
    await this.move(event, manager, (current) =>
      certificates.length > 0 || current === RequirementStatus.Met
        ? RequirementStatus.Closed
        : RequirementStatus.Withdrawn,
    );
  }

  @OnEvent(ComplianceEvent.actionReopened, CorrectiveActionEvent)
  async actionReopened(event: EventEnvelope<CorrectiveActionEvent>, manager: EntityManager): Promise<void> {
    await this.move(event, manager, () => RequirementStatus.Open);
  }

  private async move(
    event: EventEnvelope<CorrectiveActionEvent>,
    manager: EntityManager,
    next: (current: RequirementStatus) => RequirementStatus,
  ): Promise<void> {
    const d = event.data;
    if (!d.trainingCategory || !KNOWN_CATEGORIES.has(d.trainingCategory)) return;
    const [row] = (await manager.query(
      `SELECT status FROM training_requirement WHERE action_id = $1 FOR UPDATE`,
      [d.actionId],
    )) as Array<{ status: RequirementStatus }>;
    if (!row) {
      throw new Error(
        `corrective action ${d.actionId} has no training requirement yet: its finding.raised is not applied`,
      );
    }
    const status = next(row.status);
    await manager.query(
      `UPDATE training_requirement
          SET status = $2, status_reason = $3,
              certificate_ids = CASE WHEN $4::uuid[] IS NULL THEN certificate_ids ELSE $4::uuid[] END,
              updated_at = now()
        WHERE action_id = $1`,
      [d.actionId, status, d.reason ?? null, d.certificateIds ?? null],
    );
  }
}
