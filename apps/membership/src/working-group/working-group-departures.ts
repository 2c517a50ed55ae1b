import {
  MembershipEvent,
  WorkingGroupMemberRole,
  WorkingGroupStatus,
  type WorkingGroupDepartureCause,
  type WorkingGroupMemberRemovedData,
} from '@alliance/contracts/membership';
import { eventMeta, OutboxWriter, type RequestContext } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MemberEntity } from '../member/member.entity';
import { WorkingGroupEntity, WorkingGroupMemberEntity } from './working-group.entity';

/** Why an organisation leaves all its working groups at once: it left the alliance. */
export type AllianceDeparture = 'withdrawn' | 'expelled';

/**
 * Takes an organisation that withdrew or was expelled out of every active working group it is in, as part
 * of the transaction that changes its status. A group it chaired goes on without a chair (flagged
 * `needsChair`) until the admins name one. Dissolved groups keep their members as they were.
 */
@Injectable()
export class WorkingGroupDepartures {
  constructor(@Inject(OutboxWriter) private readonly outbox: OutboxWriter) {}

  /**
   * The caller holds the organisation's row lock. Groups are locked after it, in id order: the order of
   * every working-group command (organisation first, then group), so two of them wait, never deadlock.
   */
  async leaveAll(
    manager: EntityManager,
    organisation: MemberEntity,
    cause: AllianceDeparture,
    at: Date,
    ctx: RequestContext,
  ): Promise<void> {
    const groups = await manager
      .getRepository(WorkingGroupEntity)
      .createQueryBuilder('g')
      .where('g.status = :active', { active: WorkingGroupStatus.Active })
      .andWhere(
        'EXISTS (SELECT 1 FROM working_group_member wm WHERE wm.working_group_id = g.id AND wm.member_id = :org)',
        { org: organisation.id },
      )
      .orderBy('g.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();

    const memberships = manager.getRepository(WorkingGroupMemberEntity);
    for (const group of groups) {
      // Read again under the group's lock: an admin's removal that committed while this waited already took it out.
      const membership = await memberships.findOneBy({ workingGroupId: group.id, memberId: organisation.id });
      if (!membership) continue;
      const chairVacated = membership.role === WorkingGroupMemberRole.Chair;
      if (chairVacated) group.chairMemberId = null;
      await this.removeFromGroup(manager, group, organisation, { cause, chairVacated, at }, ctx);
    }
  }

  /**
   * Takes one organisation out of one locked group: its membership row, the group's next version and the
   * `member-removed` event, in the caller's transaction. An admin's removal and a departure both end here.
   */
  async removeFromGroup(
    manager: EntityManager,
    group: WorkingGroupEntity,
    organisation: Pick<MemberEntity, 'id' | 'name'>,
    removal: { cause: WorkingGroupDepartureCause; chairVacated: boolean; at: Date },
    ctx: RequestContext,
  ): Promise<void> {
    await manager.delete(WorkingGroupMemberEntity, { workingGroupId: group.id, memberId: organisation.id });
    group.version += 1;
    await manager.save(WorkingGroupEntity, group);
    const data: WorkingGroupMemberRemovedData = {
      workingGroupId: group.id,
      workingGroupName: group.name,
      organisationId: organisation.id,
      organisationName: organisation.name,
      changedAt: removal.at.toISOString(),
      cause: removal.cause,
      chairVacated: removal.chairVacated,
    };
    await this.outbox.append(manager, {
      type: MembershipEvent.workingGroupMemberRemoved,
      aggregateId: group.id,
      aggregateVersion: group.version,
      data,
      meta: eventMeta(ctx),
    });
  }
}
