import { type EventEnvelope } from '@alliance/contracts';
import { TaskKind } from '@alliance/contracts/coordination';
import { EnrolmentEventData, SessionEventData, TrainingEvent } from '@alliance/contracts/training';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { representativeOf, TaskStore } from './task.store';

/**
 * A staff member waiting for a seat got one (promoted from the waitlist): their organisation's representative
 * tells them and makes sure they come. Training has no step that confirms this, so the task stays until the
 * enrolment is cancelled or its session is cancelled or completed.
 */
@Injectable()
@EventConsumer('training')
export class TrainingTasksHandler {
  constructor(@Inject(TaskStore) private readonly tasks: TaskStore) {}

  @OnEvent(TrainingEvent.enrolmentPromoted, EnrolmentEventData)
  async promoted(event: EventEnvelope<EnrolmentEventData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await this.tasks.open(manager, {
      kind: TaskKind.PromotedEnrolment,
      subjectId: d.enrolmentId,
      audience: representativeOf(d.organisationId),
      parentId: d.sessionId,
      title: '候补转正：学员已获培训名额，请通知其按时参加',
      link: `/sessions/${d.sessionId}`,
      at: event.occurredAt,
    });
  }

  @OnEvent(TrainingEvent.enrolmentCancelled, EnrolmentEventData)
  async cancelled(event: EventEnvelope<EnrolmentEventData>, manager: EntityManager): Promise<void> {
    await this.tasks.closeSubject(
      manager,
      TaskKind.PromotedEnrolment,
      event.data.enrolmentId,
      event.occurredAt,
    );
  }

  @OnEvent(TrainingEvent.sessionCancelled, SessionEventData)
  async sessionCancelled(event: EventEnvelope<SessionEventData>, manager: EntityManager): Promise<void> {
    await this.tasks.closeParent(manager, TaskKind.PromotedEnrolment, event.data.sessionId, event.occurredAt);
  }

  @OnEvent(TrainingEvent.sessionCompleted, SessionEventData)
  async sessionCompleted(event: EventEnvelope<SessionEventData>, manager: EntityManager): Promise<void> {
    await this.tasks.closeParent(manager, TaskKind.PromotedEnrolment, event.data.sessionId, event.occurredAt);
  }
}
