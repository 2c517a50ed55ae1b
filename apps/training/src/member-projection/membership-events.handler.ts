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
import { EnrolmentService } from '../enrolment/enrolment.service';

/** The meta of what training does in reaction to an event: same correlation, caused by that event. */
function reactionMeta(event: EventEnvelope<object>): EventMeta {
  return {
    correlationId: event.correlationId,
    causationId: event.eventId,
    actor: { id: 'training', kind: 'service' },
  };
}

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
    if (!(await this.status(event, manager))) return;
    const reason = event.data.reason ? `${what}: ${event.data.reason}` : what;
    await this.enrolments.cancelForOrganisation(manager, event.aggregateId, reason, reactionMeta(event));
  }

  /** Events that carry the whole public profile. */
  private async profile(event: EventEnvelope<MemberProfileData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await manager.query(
      `INSERT INTO member_organisation (organisation_id, name, kind, district_code, status, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organisation_id) DO UPDATE
         SET name = EXCLUDED.name, kind = EXCLUDED.kind, district_code = EXCLUDED.district_code,
             status = EXCLUDED.status, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
         WHERE member_organisation.version < EXCLUDED.version`,
      [event.aggregateId, d.name, d.kind, d.districtCode, d.status, event.aggregateVersion, event.occurredAt],
    );
  }

  /**
   * Status changes carry no kind: an organisation first seen through one (its earlier events lost to stream
   * limits) is kept as `other` until a profile event says more. Answers whether the event was applied.
   */
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
