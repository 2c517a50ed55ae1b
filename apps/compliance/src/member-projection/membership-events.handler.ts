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
import { AuditCommandsService } from '../audit/audit-commands.service';
import { MemberOrganisationEntity } from './member-organisation.entity';

/** What compliance does in reaction to an event: same correlation, caused by that event. */
function reactionMeta(event: EventEnvelope<object>): EventMeta {
  return {
    correlationId: event.correlationId,
    causationId: event.eventId,
    actor: { id: 'compliance', kind: 'service' },
  };
}

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
    await this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberAdmitted, MemberAdmittedData)
  async admitted(event: EventEnvelope<MemberAdmittedData>, manager: EntityManager): Promise<void> {
    if (!(await this.profile(event, manager))) return;
    const organisation = await manager.findOneByOrFail(MemberOrganisationEntity, {
      organisationId: event.aggregateId,
    });
    await this.audits.planOnboarding(
      manager,
      organisation,
      new Date(event.data.admittedAt),
      reactionMeta(event),
    );
  }

  @OnEvent(MembershipEvent.memberReinstated, MemberReinstatedData)
  async reinstated(event: EventEnvelope<MemberReinstatedData>, manager: EntityManager): Promise<void> {
    await this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberProfileUpdated, MemberProfileUpdatedData)
  async profileUpdated(
    event: EventEnvelope<MemberProfileUpdatedData>,
    manager: EntityManager,
  ): Promise<void> {
    await this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberRejected, MemberRejectedData)
  async rejected(event: EventEnvelope<MemberRejectedData>, manager: EntityManager): Promise<void> {
    await this.status(event, manager);
  }

  @OnEvent(MembershipEvent.memberSuspended, MemberSuspendedData)
  async suspended(event: EventEnvelope<MemberSuspendedData>, manager: EntityManager): Promise<void> {
    await this.status(event, manager);
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
    if (!(await this.status(event, manager))) return;
    const reason = event.data.reason ? `${what}: ${event.data.reason}` : what;
    await this.audits.cancelOpenAuditsOf(manager, event.aggregateId, reason, reactionMeta(event));
  }

  /** Events that carry the whole public profile; answers whether the event was applied. */
  private async profile(event: EventEnvelope<MemberProfileData>, manager: EntityManager): Promise<boolean> {
    const d = event.data;
    const rows = (await manager.query(
      `INSERT INTO member_organisation (organisation_id, name, kind, district_code, status, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organisation_id) DO UPDATE
         SET name = EXCLUDED.name, kind = EXCLUDED.kind, district_code = EXCLUDED.district_code,
             status = EXCLUDED.status, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
         WHERE member_organisation.version < EXCLUDED.version
       RETURNING organisation_id`,
      [event.aggregateId, d.name, d.kind, d.districtCode, d.status, event.aggregateVersion, event.occurredAt],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Status changes carry no kind: an organisation first seen through one is kept as `other`. */
  private async status(
    event: EventEnvelope<MemberStatusChangeData>,
    manager: EntityManager,
  ): Promise<boolean> {
    const d = event.data;
    const rows = (await manager.query(
      `INSERT INTO member_organisation (organisation_id, name, kind, district_code, status, version, updated_at)
       VALUES ($1, $2, 'other', $3, $4, $5, $6)
       ON CONFLICT (organisation_id) DO UPDATE
         SET name = EXCLUDED.name, district_code = EXCLUDED.district_code,
             status = EXCLUDED.status, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
         WHERE member_organisation.version < EXCLUDED.version
       RETURNING organisation_id`,
      [event.aggregateId, d.name, d.districtCode, d.toStatus, event.aggregateVersion, event.occurredAt],
    )) as unknown[];
    return rows.length > 0;
  }
}
