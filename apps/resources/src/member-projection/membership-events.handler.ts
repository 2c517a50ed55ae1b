import { type EventEnvelope } from '@alliance/contracts';
import {
  MemberAdmittedData,
  MemberAppliedData,
  MemberExpelledData,
  MemberProfileUpdatedData,
  MemberRejectedData,
  MemberReinstatedData,
  MembershipEvent,
  MemberSuspendedData,
  MemberWithdrawnData,
  type MemberProfileData,
  type MemberStatusChangeData,
} from '@alliance/contracts/membership';
import { EventConsumer, OnEvent, type EventMeta } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingService } from '../booking/booking.service';
import { PlaceRequestService } from '../place-request/place-request.service';
import { ResourceService } from '../resource/resource.service';

function reactionMeta(event: EventEnvelope<object>): EventMeta {
  return {
    correlationId: event.correlationId,
    causationId: event.eventId,
    actor: { id: 'resources', kind: 'service' },
  };
}

/**
 * Resources' projection of member organisations (name, district, status) from membership's events only,
 * applied in aggregateVersion order by the consumer (the row also never goes back to an older version).
 * An organisation suspended, withdrawn or expelled: its listed resources are withdrawn (others' future
 * bookings and open requests of them cancelled with the reason) and its own future bookings and requests
 * cancelled. Reinstated: it may list and book again; what was cancelled stays cancelled.
 */
@Injectable()
@EventConsumer('membership')
export class MembershipEventsHandler {
  constructor(
    @Inject(ResourceService) private readonly resources: ResourceService,
    @Inject(BookingService) private readonly bookings: BookingService,
    @Inject(PlaceRequestService) private readonly placeRequests: PlaceRequestService,
  ) {}

  @OnEvent(MembershipEvent.memberApplied, MemberAppliedData)
  applied(event: EventEnvelope<MemberAppliedData>, manager: EntityManager): Promise<void> {
    return this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberAdmitted, MemberAdmittedData)
  admitted(event: EventEnvelope<MemberAdmittedData>, manager: EntityManager): Promise<void> {
    return this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberReinstated, MemberReinstatedData)
  reinstated(event: EventEnvelope<MemberReinstatedData>, manager: EntityManager): Promise<void> {
    return this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberProfileUpdated, MemberProfileUpdatedData)
  profileUpdated(event: EventEnvelope<MemberProfileUpdatedData>, manager: EntityManager): Promise<void> {
    return this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberRejected, MemberRejectedData)
  async rejected(event: EventEnvelope<MemberRejectedData>, manager: EntityManager): Promise<void> {
    await this.status(event, manager);
  }

  // On their own transaction (batch: false): they lock resources and bookings that requests wait for.
  @OnEvent(MembershipEvent.memberSuspended, MemberSuspendedData, { batch: false })
  suspended(event: EventEnvelope<MemberSuspendedData>, manager: EntityManager): Promise<void> {
    return this.leaving(event, manager, '成员单位暂停 organisation suspended');
  }

  @OnEvent(MembershipEvent.memberWithdrawn, MemberWithdrawnData, { batch: false })
  withdrawn(event: EventEnvelope<MemberWithdrawnData>, manager: EntityManager): Promise<void> {
    return this.leaving(event, manager, '成员单位退出 organisation withdrew');
  }

  @OnEvent(MembershipEvent.memberExpelled, MemberExpelledData, { batch: false })
  expelled(event: EventEnvelope<MemberExpelledData>, manager: EntityManager): Promise<void> {
    return this.leaving(event, manager, '成员单位除名 organisation expelled');
  }

  private async leaving(event: EventEnvelope<MemberStatusChangeData>, manager: EntityManager, what: string) {
    // The projection row first: bookings in flight hold it FOR SHARE, so this waits for them and sees them.
    if (!(await this.status(event, manager))) return;
    const reason = event.data.reason ? `${what}: ${event.data.reason}` : what;
    const meta = reactionMeta(event);
    await this.resources.withdrawAllOf(manager, event.aggregateId, reason, meta);
    await this.bookings.cancelFutureOfOrganisation(manager, event.aggregateId, reason, meta);
    await this.placeRequests.cancelOpenOfOrganisation(manager, event.aggregateId, reason, meta);
  }

  private async profile(event: EventEnvelope<MemberProfileData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await manager.query(
      `INSERT INTO member_organisation (organisation_id, name, district_code, status, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id) DO UPDATE
         SET name = EXCLUDED.name, district_code = EXCLUDED.district_code, status = EXCLUDED.status,
             version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
         WHERE member_organisation.version < EXCLUDED.version`,
      [event.aggregateId, d.name, d.districtCode, d.status, event.aggregateVersion, event.occurredAt],
    );
  }

  /** Answers whether the event was applied (not older than what the row reflects). */
  private async status(
    event: EventEnvelope<MemberStatusChangeData>,
    manager: EntityManager,
  ): Promise<boolean> {
    const d = event.data;
    const rows = (await manager.query(
      `INSERT INTO member_organisation (organisation_id, name, district_code, status, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id) DO UPDATE
         SET name = EXCLUDED.name, district_code = EXCLUDED.district_code, status = EXCLUDED.status,
             version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
         WHERE member_organisation.version < EXCLUDED.version
       RETURNING organisation_id`,
      [event.aggregateId, d.name, d.districtCode, d.toStatus, event.aggregateVersion, event.occurredAt],
    )) as unknown[];
    return rows.length > 0;
  }
}
