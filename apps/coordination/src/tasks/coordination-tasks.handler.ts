import { type EventEnvelope } from '@alliance/contracts';
import {
  CoordinationEvent,
  TaskKind,
  type ActionItemEventData,
  type MeetingCancelledData,
  type MeetingRsvpRecordedData,
  type MeetingScheduledData,
  type NoticeAcknowledgedData,
  type NoticePublishedData,
  type NoticeRecipientReleasedData,
  type NoticeSupersededData,
  type NoticeWithdrawnData,
} from '@alliance/contracts/coordination';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { endOfAllianceDay } from './task-dates';
import { representativeOf, TaskStore } from './task.store';

/**
 * Tasks from coordination's own events, read back from its stream like any consumer's (so the to-do list is
 * built the same way for every service): notices to acknowledge, invitations to answer, action items owned.
 * Each aggregate's events arrive in version order, so a close never overtakes the open it answers.
 */
@Injectable()
@EventConsumer('coordination')
export class CoordinationTasksHandler {
  constructor(@Inject(TaskStore) private readonly tasks: TaskStore) {}

  @OnEvent(CoordinationEvent.noticePublished)
  async noticePublished(event: EventEnvelope<NoticePublishedData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (!d.requiresAcknowledgement) return;
    for (const r of d.recipients) {
      await this.tasks.open(manager, {
        kind: TaskKind.AcknowledgeNotice,
        subjectId: d.noticeId,
        audience: representativeOf(r.organisationId),
        title: `签收通知：${d.title}`,
        link: `/notices/${d.noticeId}`,
        dueAt: d.acknowledgeBy,
        at: d.publishedAt,
      });
    }
  }

  @OnEvent(CoordinationEvent.noticeAcknowledged)
  async noticeAcknowledged(event: EventEnvelope<NoticeAcknowledgedData>, manager: EntityManager) {
    const d = event.data;
    await this.tasks.close(
      manager,
      TaskKind.AcknowledgeNotice,
      d.noticeId,
      representativeOf(d.organisationId),
      d.acknowledgedAt,
    );
  }

  @OnEvent(CoordinationEvent.noticeRecipientReleased)
  async noticeReleased(event: EventEnvelope<NoticeRecipientReleasedData>, manager: EntityManager) {
    const d = event.data;
    await this.tasks.close(
      manager,
      TaskKind.AcknowledgeNotice,
      d.noticeId,
      representativeOf(d.organisationId),
      event.occurredAt,
    );
  }

  @OnEvent(CoordinationEvent.noticeWithdrawn)
  async noticeWithdrawn(event: EventEnvelope<NoticeWithdrawnData>, manager: EntityManager) {
    await this.tasks.closeSubject(manager, TaskKind.AcknowledgeNotice, event.data.noticeId, event.occurredAt);
  }

  /** The newer notice asks for its own acknowledgement; the old one is no longer owed. */
  @OnEvent(CoordinationEvent.noticeSuperseded)
  async noticeSuperseded(event: EventEnvelope<NoticeSupersededData>, manager: EntityManager) {
    await this.tasks.closeSubject(manager, TaskKind.AcknowledgeNotice, event.data.noticeId, event.occurredAt);
  }

  /** Answers close when the meeting starts: the invitation is listed until then. */
  @OnEvent(CoordinationEvent.meetingScheduled)
  async meetingScheduled(event: EventEnvelope<MeetingScheduledData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    for (const invitee of d.invitees) {
      await this.tasks.open(manager, {
        kind: TaskKind.AnswerInvitation,
        subjectId: d.meetingId,
        audience: representativeOf(invitee.organisationId),
        title: `回复会议邀请：${d.title}`,
        link: `/meetings/${d.meetingId}`,
        dueAt: d.startsAt,
        expiresAt: d.startsAt,
        at: event.occurredAt,
      });
    }
  }

  /** Any answer (attending or not) is what was asked; a later change of answer needs no task. */
  @OnEvent(CoordinationEvent.meetingRsvpRecorded)
  async rsvpRecorded(event: EventEnvelope<MeetingRsvpRecordedData>, manager: EntityManager) {
    const d = event.data;
    await this.tasks.close(
      manager,
      TaskKind.AnswerInvitation,
      d.meetingId,
      representativeOf(d.organisationId),
      event.occurredAt,
    );
  }

  @OnEvent(CoordinationEvent.meetingCancelled)
  async meetingCancelled(event: EventEnvelope<MeetingCancelledData>, manager: EntityManager) {
    await this.tasks.closeSubject(manager, TaskKind.AnswerInvitation, event.data.meetingId, event.occurredAt);
  }

  @OnEvent(CoordinationEvent.actionItemAssigned)
  async actionItemAssigned(event: EventEnvelope<ActionItemEventData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await this.tasks.open(manager, {
      kind: TaskKind.CompleteActionItem,
      subjectId: d.actionItemId,
      audience: representativeOf(d.ownerOrganisationId),
      parentId: d.meetingId,
      title: `落实会议事项：${d.title}`,
      link: `/action-items/${d.actionItemId}`,
      dueAt: endOfAllianceDay(d.dueDate),
      at: event.occurredAt,
    });
  }

  @OnEvent(CoordinationEvent.actionItemDone)
  async actionItemDone(event: EventEnvelope<ActionItemEventData>, manager: EntityManager) {
    await this.tasks.closeSubject(
      manager,
      TaskKind.CompleteActionItem,
      event.data.actionItemId,
      event.occurredAt,
    );
  }

  /** Its owner left the alliance. */
  @OnEvent(CoordinationEvent.actionItemReleased)
  async actionItemReleased(event: EventEnvelope<ActionItemEventData>, manager: EntityManager) {
    await this.tasks.closeSubject(
      manager,
      TaskKind.CompleteActionItem,
      event.data.actionItemId,
      event.occurredAt,
    );
  }
}
