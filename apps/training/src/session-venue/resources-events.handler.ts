import { type EventEnvelope } from '@alliance/contracts';
import { BookingEventData, OnBehalfRefusedData, ResourcesEvent } from '@alliance/contracts/resources';
import { EventConsumer, OnEvent, reactionMeta } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SessionVenueService, VENUE_KEY_PREFIX } from './session-venue.service';

/**
 * Resource sharing's news of the venue bookings training made on behalf (their key starts with
 * `training:venue:`; every other booking is not training's). The consumer applies a booking's events in
 * aggregateVersion order and skips redeliveries; the saga also ignores a version it has already seen (the
 * RPC's answer may have brought it first). Each on its own transaction: it locks the session.
 */
@Injectable()
@EventConsumer('resources')
export class ResourcesEventsHandler {
  constructor(@Inject(SessionVenueService) private readonly venues: SessionVenueService) {}

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
    if (!d.idempotencyKey.startsWith(VENUE_KEY_PREFIX)) return;
    await this.venues.applyRefusal(
      manager,
      d.idempotencyKey,
      { reason: d.reason, message: d.message },
      reactionMeta(event, 'training'),
    );
  }

  private async booking(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (!d.onBehalfKey?.startsWith(VENUE_KEY_PREFIX)) return;
    await this.venues.applyBooking(
      manager,
      d.onBehalfKey,
      { id: d.bookingId, status: d.status, version: event.aggregateVersion, reason: d.reason },
      reactionMeta(event, 'training'),
    );
  }
}
