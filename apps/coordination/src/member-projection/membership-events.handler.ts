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
  WorkingGroupChairNamedData,
  WorkingGroupDissolvedData,
  WorkingGroupFormedData,
  WorkingGroupMemberAddedData,
  WorkingGroupMemberRemovedData,
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
import { MeetingService } from '../meeting/meeting.service';
import { NoticeService } from '../notice/notice.service';

/**
 * Coordination's projection of member organisations and working groups, from membership's events only, each
 * row applied in aggregateVersion order and never going back. Audiences and invitations are resolved against
 * it. An organisation withdrawn or expelled stops owing: its acknowledgements not given, its open action
 * items and its pending invitations are released.
 */
@Injectable()
@EventConsumer('membership')
export class MembershipEventsHandler {
  constructor(
    @Inject(NoticeService) private readonly notices: NoticeService,
    @Inject(MeetingService) private readonly meetings: MeetingService,
  ) {}

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

  @OnEvent(MembershipEvent.workingGroupFormed, WorkingGroupFormedData)
  async formed(event: EventEnvelope<WorkingGroupFormedData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (!(await this.group(event, manager, d.name, true))) return;
    for (const organisationId of d.memberOrganisationIds)
      await this.join(manager, d.workingGroupId, organisationId);
  }

  @OnEvent(MembershipEvent.workingGroupMemberAdded, WorkingGroupMemberAddedData)
  async memberAdded(
    event: EventEnvelope<WorkingGroupMemberAddedData>,
    manager: EntityManager,
  ): Promise<void> {
    if (!(await this.group(event, manager, event.data.workingGroupName, true))) return;
    await this.join(manager, event.data.workingGroupId, event.data.organisationId);
  }

  @OnEvent(MembershipEvent.workingGroupChairNamed, WorkingGroupChairNamedData)
  async chairNamed(event: EventEnvelope<WorkingGroupChairNamedData>, manager: EntityManager): Promise<void> {
    if (!(await this.group(event, manager, event.data.workingGroupName, true))) return;
    await this.join(manager, event.data.workingGroupId, event.data.organisationId);
  }

  @OnEvent(MembershipEvent.workingGroupMemberRemoved, WorkingGroupMemberRemovedData)
  async memberRemoved(
    event: EventEnvelope<WorkingGroupMemberRemovedData>,
    manager: EntityManager,
  ): Promise<void> {
    if (!(await this.group(event, manager, event.data.workingGroupName, true))) return;
    await manager.query(
      `DELETE FROM working_group_member WHERE working_group_id = $1 AND organisation_id = $2`,
      [event.data.workingGroupId, event.data.organisationId],
    );
  }

  @OnEvent(MembershipEvent.workingGroupDissolved, WorkingGroupDissolvedData)
  async dissolved(event: EventEnvelope<WorkingGroupDissolvedData>, manager: EntityManager): Promise<void> {
    await this.group(event, manager, event.data.name, false);
  }

  private async leaving(event: EventEnvelope<MemberStatusChangeData>, manager: EntityManager, what: string) {
    if (!(await applyMemberStatus(manager, event))) return;
    const reason = event.data.reason ? `${what}: ${event.data.reason}` : what;
    const meta = reactionMeta(event, 'coordination');
    await this.notices.releaseOrganisation(manager, event.aggregateId, reason, meta);
    await this.meetings.releaseOrganisation(manager, event.aggregateId, meta);
  }

  /** The group's row at this event's version; answers whether the event is newer than what was applied. */
  private async group(
    event: EventEnvelope<{ workingGroupId: string }>,
    manager: EntityManager,
    name: string,
    active: boolean,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO working_group (id, name, active, version, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, active = EXCLUDED.active,
              version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
        WHERE working_group.version < EXCLUDED.version
       RETURNING id`,
      [event.data.workingGroupId, name, active, event.aggregateVersion, event.occurredAt],
    )) as unknown[];
    return rows.length > 0;
  }

  private async join(manager: EntityManager, workingGroupId: string, organisationId: string): Promise<void> {
    await manager.query(
      `INSERT INTO working_group_member (working_group_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [workingGroupId, organisationId],
    );
  }
}
