import { type EventEnvelope } from '@alliance/contracts';
import {
  ComplianceEvent,
  type AuditEventData,
  type CorrectiveActionEventData,
  type FindingRaisedData,
} from '@alliance/contracts/compliance';
import { TaskKind } from '@alliance/contracts/coordination';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { IsArray, IsOptional, IsString, IsUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { endOfAllianceDay } from './task-dates';
import { representativeOf, TaskStore } from './task.store';

/*
 * The fields of compliance's events the to-do list reads (compliance describes its data as interfaces, without
 * validation): an event missing one is dead-lettered, visible to admins, rather than making a task without a
 * link or an audience.
 */
export class AuditTaskFields implements Pick<
  AuditEventData,
  'auditId' | 'organisationName' | 'standardCode' | 'plannedDate' | 'inspectorIds'
> {
  @IsUUID() auditId!: string;
  @IsString() organisationName!: string;
  @IsString() standardCode!: string;
  @IsString() plannedDate!: string;
  @IsArray() @IsString({ each: true }) inspectorIds!: string[];
}

export class FindingTaskFields implements Pick<
  FindingRaisedData,
  'actionId' | 'auditId' | 'organisationId' | 'criterionCode' | 'dueDate' | 'criterionText'
> {
  @IsUUID() actionId!: string;
  @IsUUID() auditId!: string;
  @IsUUID() organisationId!: string;
  @IsString() criterionCode!: string;
  @IsString() dueDate!: string;
  @IsOptional() @IsString() criterionText?: string;
}

export class ActionTaskFields implements Pick<
  CorrectiveActionEventData,
  'actionId' | 'auditId' | 'organisationId' | 'dueDate'
> {
  @IsUUID() actionId!: string;
  @IsUUID() auditId!: string;
  @IsUUID() organisationId!: string;
  @IsString() dueDate!: string;
}

/**
 * Tasks from compliance's events: audits for their inspectors (accounts), corrective actions for the audited
 * organisation's representative. The standards' events are the practice library's (ComplianceEventsHandler).
 */
@Injectable()
@EventConsumer('compliance')
export class ComplianceTasksHandler {
  constructor(@Inject(TaskStore) private readonly tasks: TaskStore) {}

  @OnEvent(ComplianceEvent.auditPlanned, AuditTaskFields)
  planned(event: EventEnvelope<AuditTaskFields>, manager: EntityManager): Promise<void> {
    return this.inspectors(event, manager);
  }

  /** Reassigned while planned: the inspectors no longer named lose the task, the new ones get it. */
  @OnEvent(ComplianceEvent.auditInspectorsAssigned, AuditTaskFields)
  assigned(event: EventEnvelope<AuditTaskFields>, manager: EntityManager): Promise<void> {
    return this.inspectors(event, manager);
  }

  /** The start names who conducts it (an audit's events from before the assignment event existed did not). */
  @OnEvent(ComplianceEvent.auditStarted, AuditTaskFields)
  started(event: EventEnvelope<AuditTaskFields>, manager: EntityManager): Promise<void> {
    return this.inspectors(event, manager);
  }

  @OnEvent(ComplianceEvent.auditSubmitted, AuditTaskFields)
  async submitted(event: EventEnvelope<AuditTaskFields>, manager: EntityManager): Promise<void> {
    await this.tasks.closeSubject(manager, TaskKind.ConductAudit, event.data.auditId, event.occurredAt);
  }

  @OnEvent(ComplianceEvent.auditCancelled, AuditTaskFields)
  async cancelled(event: EventEnvelope<AuditTaskFields>, manager: EntityManager): Promise<void> {
    const at = event.occurredAt;
    await this.tasks.closeSubject(manager, TaskKind.ConductAudit, event.data.auditId, at);
    await this.tasks.closeParent(manager, TaskKind.AnswerCorrectiveAction, event.data.auditId, at);
  }

  @OnEvent(ComplianceEvent.auditClosed, AuditTaskFields)
  async closed(event: EventEnvelope<AuditTaskFields>, manager: EntityManager): Promise<void> {
    await this.tasks.closeSubject(manager, TaskKind.ConductAudit, event.data.auditId, event.occurredAt);
  }

  @OnEvent(ComplianceEvent.findingRaised, FindingTaskFields)
  async findingRaised(event: EventEnvelope<FindingTaskFields>, manager: EntityManager): Promise<void> {
    const d = event.data;
    const what = d.criterionText ? `${d.criterionCode} ${d.criterionText}` : d.criterionCode;
    await this.tasks.open(manager, {
      kind: TaskKind.AnswerCorrectiveAction,
      subjectId: d.actionId,
      audience: representativeOf(d.organisationId),
      parentId: d.auditId,
      title: `提交整改：${what}`,
      link: `/corrective-actions/${d.actionId}`,
      dueAt: endOfAllianceDay(d.dueDate),
      at: event.occurredAt,
    });
  }

  /** The representative answered: the inspector's verification is not the representative's task. */
  @OnEvent(ComplianceEvent.actionSubmitted, ActionTaskFields)
  async actionSubmitted(event: EventEnvelope<ActionTaskFields>, manager: EntityManager): Promise<void> {
    await this.closeAction(event, manager);
  }

  @OnEvent(ComplianceEvent.actionClosed, ActionTaskFields)
  async actionClosed(event: EventEnvelope<ActionTaskFields>, manager: EntityManager): Promise<void> {
    await this.closeAction(event, manager);
  }

  /** Sent back: to answer again, with the title the finding gave it (a task first seen here gets a plain one). */
  @OnEvent(ComplianceEvent.actionReopened, ActionTaskFields)
  async actionReopened(event: EventEnvelope<ActionTaskFields>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await this.tasks.open(manager, {
      kind: TaskKind.AnswerCorrectiveAction,
      subjectId: d.actionId,
      audience: representativeOf(d.organisationId),
      parentId: d.auditId,
      title: '重新提交整改：整改措施被退回',
      link: `/corrective-actions/${d.actionId}`,
      dueAt: endOfAllianceDay(d.dueDate),
      at: event.occurredAt,
    });
  }

  private async closeAction(event: EventEnvelope<ActionTaskFields>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await this.tasks.close(
      manager,
      TaskKind.AnswerCorrectiveAction,
      d.actionId,
      representativeOf(d.organisationId),
      event.occurredAt,
    );
  }

  private async inspectors(event: EventEnvelope<AuditTaskFields>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await this.tasks.closeSubject(manager, TaskKind.ConductAudit, d.auditId, event.occurredAt, {
      accountIds: d.inspectorIds,
    });
    for (const accountId of d.inspectorIds) {
      await this.tasks.open(manager, {
        kind: TaskKind.ConductAudit,
        subjectId: d.auditId,
        audience: { accountId },
        title: `开展检查：${d.organisationName}（${d.standardCode}）`,
        link: `/audits/${d.auditId}`,
        dueAt: endOfAllianceDay(d.plannedDate),
        at: event.occurredAt,
      });
    }
  }
}
