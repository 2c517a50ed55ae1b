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
  type MemberStatusChangeData,
} from '@alliance/contracts/membership';
import {
  applyMemberProfile,
  applyMemberStatus,
  EventConsumer,
  OnEvent,
  reactionMeta,
  type MemberProjectionOptions,
} from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingService } from '../booking/booking.service';
import { PlaceRequestService } from '../place-request/place-request.service';
import { ResourceService } from '../resource/resource.service';

/** Resources' member_organisation keeps no kind of organisation. */
const WITHOUT_KIND: MemberProjectionOptions = { kind: false };

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
  async applied(event: EventEnvelope<MemberAppliedData>, manager: EntityManager): Promise<void> {
    await applyMemberProfile(manager, event, WITHOUT_KIND);
  }

  @OnEvent(MembershipEvent.memberAdmitted, MemberAdmittedData)
  async admitted(event: EventEnvelope<MemberAdmittedData>, manager: EntityManager): Promise<void> {
    await applyMemberProfile(manager, event, WITHOUT_KIND);
  }

  @OnEvent(MembershipEvent.memberReinstated, MemberReinstatedData)
  async reinstated(event: EventEnvelope<MemberReinstatedData>, manager: EntityManager): Promise<void> {
    await applyMemberProfile(manager, event, WITHOUT_KIND);
  }

  @OnEvent(MembershipEvent.memberProfileUpdated, MemberProfileUpdatedData)
  async profileUpdated(
    event: EventEnvelope<MemberProfileUpdatedData>,
    manager: EntityManager,
  ): Promise<void> {
    await applyMemberProfile(manager, event, WITHOUT_KIND);
  }

  @OnEvent(MembershipEvent.memberRejected, MemberRejectedData)
  async rejected(event: EventEnvelope<MemberRejectedData>, manager: EntityManager): Promise<void> {
    await applyMemberStatus(manager, event, WITHOUT_KIND);
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
    if (!(await applyMemberStatus(manager, event, WITHOUT_KIND))) return;
    const reason = event.data.reason ? `${what}: ${event.data.reason}` : what;
    const meta = reactionMeta(event, 'resources');
    await this.resources.withdrawAllOf(manager, event.aggregateId, reason, meta);
    await this.bookings.cancelFutureOfOrganisation(manager, event.aggregateId, reason, meta);
    await this.placeRequests.cancelOpenOfOrganisation(manager, event.aggregateId, reason, meta);
  }
}
