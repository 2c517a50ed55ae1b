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
import { AuditCommandsService } from '../audit/audit-commands.service';
import { MemberOrganisationEntity } from './member-organisation.entity';

/**
 * Compliance's projection of member organisations, from membership's events only, applied in aggregateVersion
 * order (the consumer waits for an early version and skips redeliveries; the row keeps the version it reflects
 * and never goes back). Reactions: admitted → an onboarding audit planned in the admins' queue; withdrawn or
 * expelled → its audits not yet submitted are cancelled; suspended → they stay (an audit may be the reason).
 */
@Injectable()
@EventConsumer('membership')
export class MembershipEventsHandler {
  constructor(@Inject(AuditCommandsService) private readonly audits: AuditCommandsService) {}

  @OnEvent(MembershipEvent.memberApplied, MemberAppliedData)
  async applied(event: EventEnvelope<MemberAppliedData>, manager: EntityManager): Promise<void> {
    await applyMemberProfile(manager, event);
  }

  @OnEvent(MembershipEvent.memberAdmitted, MemberAdmittedData)
  async admitted(event: EventEnvelope<MemberAdmittedData>, manager: EntityManager): Promise<void> {
    if (!(await applyMemberProfile(manager, event))) return;
    const organisation = await manager.findOneByOrFail(MemberOrganisationEntity, {
      organisationId: event.aggregateId,
    });
    await this.audits.planOnboarding(
      manager,
      organisation,
      new Date(event.data.admittedAt),
      reactionMeta(event, 'compliance'),
    );
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

  @OnEvent(MembershipEvent.memberSuspended, MemberSuspendedData)
  async suspended(event: EventEnvelope<MemberSuspendedData>, manager: EntityManager): Promise<void> {
    await applyMemberStatus(manager, event);
  }

  @OnEvent(MembershipEvent.memberWithdrawn, MemberWithdrawnData)
  withdrawn(event: EventEnvelope<MemberWithdrawnData>, manager: EntityManager): Promise<void> {
    return this.leaving(event, manager, '成员单位退出 organisation withdrew');
  }

  @OnEvent(MembershipEvent.memberExpelled, MemberExpelledData)
  expelled(event: EventEnvelope<MemberExpelledData>, manager: EntityManager): Promise<void> {
    return this.leaving(event, manager, '成员单位除名 organisation expelled');
  }

  private async leaving(event: EventEnvelope<MemberStatusChangeData>, manager: EntityManager, what: string) {
    if (!(await applyMemberStatus(manager, event))) return;
    const reason = event.data.reason ? `${what}: ${event.data.reason}` : what;
    await this.audits.cancelOpenAuditsOf(
      manager,
      event.aggregateId,
      reason,
      reactionMeta(event, 'compliance'),
    );
  }
}
