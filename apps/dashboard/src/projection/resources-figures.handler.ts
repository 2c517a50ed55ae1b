import type { EventEnvelope } from '@alliance/contracts';
import { BookingEventData, ResourcesEvent } from '@alliance/contracts/resources';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PlaceRequestFiguresData, ResourceFiguresData } from './event-data';
import { claimEvent, moveCount, type OrgCounter } from './projection-lock';

/**
 * Resources offered (listed, not withdrawn) by each organisation, and resources it used: bookings
 * completed and place requests approved. Each booking, request and resource keeps its current status, and
 * a change adjusts the counters by the difference.
 */
@Injectable()
@EventConsumer('resources')
export class ResourcesFiguresHandler {
  @OnEvent(ResourcesEvent.resourceListed, ResourceFiguresData)
  listed(event: EventEnvelope<ResourceFiguresData>, manager: EntityManager): Promise<void> {
    return this.resource(event, manager);
  }

  @OnEvent(ResourcesEvent.resourceUpdated, ResourceFiguresData)
  updated(event: EventEnvelope<ResourceFiguresData>, manager: EntityManager): Promise<void> {
    return this.resource(event, manager);
  }

  @OnEvent(ResourcesEvent.resourceWithdrawn, ResourceFiguresData)
  withdrawn(event: EventEnvelope<ResourceFiguresData>, manager: EntityManager): Promise<void> {
    return this.resource(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingRequested, BookingEventData)
  bookingRequested(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingApproved, BookingEventData)
  bookingApproved(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingRejected, BookingEventData)
  bookingRejected(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingCancelled, BookingEventData)
  bookingCancelled(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingExpired, BookingEventData)
  bookingExpired(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingCompleted, BookingEventData)
  bookingCompleted(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.bookingNoShow, BookingEventData)
  bookingNoShow(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    return this.booking(event, manager);
  }

  @OnEvent(ResourcesEvent.placeRequestRequested, PlaceRequestFiguresData)
  placeRequested(event: EventEnvelope<PlaceRequestFiguresData>, manager: EntityManager): Promise<void> {
    return this.placeRequest(event, manager);
  }

  @OnEvent(ResourcesEvent.placeRequestApproved, PlaceRequestFiguresData)
  placeApproved(event: EventEnvelope<PlaceRequestFiguresData>, manager: EntityManager): Promise<void> {
    return this.placeRequest(event, manager);
  }

  @OnEvent(ResourcesEvent.placeRequestRejected, PlaceRequestFiguresData)
  placeRejected(event: EventEnvelope<PlaceRequestFiguresData>, manager: EntityManager): Promise<void> {
    return this.placeRequest(event, manager);
  }

  @OnEvent(ResourcesEvent.placeRequestCancelled, PlaceRequestFiguresData)
  placeCancelled(event: EventEnvelope<PlaceRequestFiguresData>, manager: EntityManager): Promise<void> {
    return this.placeRequest(event, manager);
  }

  @OnEvent(ResourcesEvent.placeRequestExpired, PlaceRequestFiguresData)
  placeExpired(event: EventEnvelope<PlaceRequestFiguresData>, manager: EntityManager): Promise<void> {
    return this.placeRequest(event, manager);
  }

  private async resource(event: EventEnvelope<ResourceFiguresData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    await this.track(manager, 'dash_resource', 'resource_id', 'resources_offered', 'listed', {
      id: d.resourceId,
      organisationId: d.ownerOrganisationId,
      status: d.status,
      kind: d.kind,
    });
  }

  private async booking(event: EventEnvelope<BookingEventData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    await this.track(manager, 'dash_booking', 'booking_id', 'resources_used', 'completed', {
      id: d.bookingId,
      organisationId: d.organisationId,
      status: d.status,
    });
  }

  private async placeRequest(event: EventEnvelope<PlaceRequestFiguresData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    await this.track(manager, 'dash_place_request', 'place_request_id', 'resources_used', 'approved', {
      id: d.placeRequestId,
      organisationId: d.organisationId,
      status: d.status,
    });
  }

  /** Keeps the entity's row and moves its count (status `counted` → 1, else 0) by the difference. */
  private async track(
    manager: EntityManager,
    table: 'dash_resource' | 'dash_booking' | 'dash_place_request',
    key: 'resource_id' | 'booking_id' | 'place_request_id',
    counter: OrgCounter,
    countedStatus: string,
    row: { id: string; organisationId: string; status: string; kind?: string },
  ): Promise<void> {
    const [before] = (await manager.query(
      `SELECT organisation_id, status FROM ${table} WHERE ${key} = $1 FOR UPDATE`,
      [row.id],
    )) as Array<{ organisation_id: string; status: string }>;
    const columns = row.kind === undefined ? '' : ', kind';
    const values = row.kind === undefined ? [row.id, row.organisationId, row.status] : [row.id, row.organisationId, row.status, row.kind];
    await manager.query(
      `INSERT INTO ${table} (${key}, organisation_id, status${columns}) VALUES ($1, $2, $3${row.kind === undefined ? '' : ', $4'})
       ON CONFLICT (${key}) DO UPDATE SET organisation_id = excluded.organisation_id, status = excluded.status${
         row.kind === undefined ? '' : ', kind = excluded.kind'
       }`,
      values,
    );
    await moveCount(
      manager,
      counter,
      before ? { organisationId: before.organisation_id, counted: before.status === countedStatus } : null,
      { organisationId: row.organisationId, counted: row.status === countedStatus },
    );
  }
}
