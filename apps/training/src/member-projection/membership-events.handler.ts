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
} from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EnrolmentService } from '../enrolment/enrolment.service';

/**
 * Training's projection of member organisations (status, kind, district, name), from membership's events
 * only. The consumer applies an organisation's events in aggregateVersion order and skips redeliveries;
 * the row also keeps the version it reflects and never goes back to an older one.
 */
@Injectable()
@EventConsumer('membership')
export class MembershipEventsHandler {
  constructor(@Inject(EnrolmentService) private readonly enrolments: EnrolmentService) {}

  @OnEvent(MembershipEvent.memberApplied, MemberAppliedData)
  async applied(event: EventEnvelope<MemberAppliedData>, manager: EntityManager): Promise<void> {
    await applyMemberProfile(manager, event);
  }

  @OnEvent(MembershipEvent.memberAdmitted, MemberAdmittedData)
  async admitted(event: EventEnvelope<MemberAdmittedData>, manager: EntityManager): Promise<void> {
    await applyMemberProfile(manager, event);
  }

  @OnEvent(MembershipEvent.memberReinstated, MemberReinstatedData)
  async reinstated(event: EventEnvelope<MemberReinstatedData>, manager: EntityManager): Promise<void> {
    await applyMemberProfile(manager, event);
  }

  @OnEvent(MembershipEvent.memberProfileUpdated, MemberProfileUpdatedData)
  async profileUpdated(
    event: EventEnvelope<MemberProfileUpdatedData>,
    manager: EntityManager,
  ): Promise<void> {
    await applyMemberProfile(manager, event);
  }

  @OnEvent(MembershipEvent.memberRejected, MemberRejectedData)
  async rejected(event: EventEnvelope<MemberRejectedData>, manager: EntityManager): Promise<void> {
    await applyMemberStatus(manager, event);
  }

  // Leaving the alliance for a while or for good: enrolments in sessions that have not started end.
  // On their own transaction (batch: false): they lock sessions that enrolments wait for.
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

  private async leaving(
    event: EventEnvelope<MemberStatusChangeData>,
    manager: EntityManager,
    what: string,
  ): Promise<void> {
    if (!(await applyMemberStatus(manager, event))) return;
    const reason = event.data.reason ? `${what}: ${event.data.reason}` : what;
    await this.enrolments.cancelForOrganisation(
      manager,
      event.aggregateId,
      reason,
      reactionMeta(event, 'training'),
    );
  }
}
