import { type EventEnvelope } from '@alliance/contracts';
import { TaskKind } from '@alliance/contracts/coordination';
import {
  BookingEventData,
  BookingStatus,
  ResourcesEvent,
  type ResourceKind,
} from '@alliance/contracts/resources';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { representativeOf, TaskStore } from './task.store';

const KIND_ZH: Record<ResourceKind, string> = {
  venue: '场地',
  expert: '专家',
  equipment: '设备',
  material: '教材',
  places: '托位',
};

const WHEN = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/**
 * Bookings waiting for the approval of the resource's owner organisation (its representative approves or
 * rejects). Whatever becomes of the booking next — approved, rejected, cancelled by the requester, expired
 * unanswered — there is nothing left to approve.
 */
@Injectable()
@EventConsumer('resources')
export class ResourcesTasksHandler {
  constructor(@Inject(TaskStore) private readonly tasks: TaskStore) {}

  @OnEvent(ResourcesEvent.bookingRequested, BookingEventData)
  async requested(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (d.status !== BookingStatus.Requested) return;
    await this.tasks.open(manager, {
      kind: TaskKind.ApproveBooking,
      subjectId: d.bookingId,
      audience: representativeOf(d.ownerOrganisationId),
      title: `审批${KIND_ZH[d.resourceKind] ?? '资源'}预约：${WHEN.format(new Date(d.startsAt))}，${d.headcount}人`,
      link: `/bookings/${d.bookingId}`,
      // Unanswered by its start, the booking expires.
      dueAt: d.startsAt,
      expiresAt: d.endsAt,
      at: event.occurredAt,
    });
  }

  @OnEvent(ResourcesEvent.bookingApproved, BookingEventData)
  approved(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.decided(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingRejected, BookingEventData)
  rejected(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.decided(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingCancelled, BookingEventData)
  cancelled(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.decided(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingExpired, BookingEventData)
  expired(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.decided(event, manager);
  }

  private async decided(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    await this.tasks.closeSubject(manager, TaskKind.ApproveBooking, event.data.bookingId, event.occurredAt);
  }
}
