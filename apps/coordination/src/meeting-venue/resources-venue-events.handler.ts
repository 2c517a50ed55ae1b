import { type EventEnvelope } from '@alliance/contracts';
import { BookingEventData, OnBehalfRefusedData, ResourcesEvent } from '@alliance/contracts/resources';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MEETING_VENUE_KEY_PREFIX, MeetingVenueService } from './meeting-venue.service';

/**
 * Resource sharing's news of the venue bookings coordination made on behalf (their key starts with
 * `coordination:venue:`; every other booking is not a meeting's): approved, rejected, cancelled, expired.
 */
@Injectable()
@EventConsumer('resources')
export class ResourcesVenueEventsHandler {
  constructor(@Inject(MeetingVenueService) private readonly venues: MeetingVenueService) {}

  @OnEvent(ResourcesEvent.bookingRequested, BookingEventData, { batch: false })
  requested(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingApproved, BookingEventData, { batch: false })
  approved(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingRejected, BookingEventData, { batch: false })
  rejected(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingCancelled, BookingEventData, { batch: false })
  cancelled(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingExpired, BookingEventData, { batch: false })
  expired(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.onBehalfRefused, OnBehalfRefusedData, { batch: false })
  async refused(event: EventEnvelope<OnBehalfRefusedData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (!d.idempotencyKey.startsWith(MEETING_VENUE_KEY_PREFIX)) return;
    await this.venues.applyRefusal(manager, d.idempotencyKey, { reason: d.reason, message: d.message });
  }

  private async booking(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (!d.onBehalfKey?.startsWith(MEETING_VENUE_KEY_PREFIX)) return;
    await this.venues.applyBooking(manager, d.onBehalfKey, {
      id: d.bookingId,
      status: d.status,
      version: event.aggregateVersion,
      reason: d.reason,
    });
  }
}
