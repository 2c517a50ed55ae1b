import type { EventEnvelope } from '@alliance/contracts';
import {
  MemberAdmittedData,
  MemberAffordableDesignationReviewedData,
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
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claimEvent } from './projection-lock';

/** The organisation's rows that carry its district follow it (a no-op unless the district changed). */
async function moveRows(manager: EntityManager, organisationId: string, districtCode: string): Promise<void> {
  await manager.query(
    `WITH y AS (UPDATE dash_org_year SET district_code = $2 WHERE organisation_id = $1 AND district_code IS DISTINCT FROM $2),
          c AS (UPDATE dash_certificate SET district_code = $2 WHERE organisation_id = $1 AND district_code IS DISTINCT FROM $2)
     UPDATE dash_action SET district_code = $2 WHERE organisation_id = $1 AND district_code IS DISTINCT FROM $2`,
    [organisationId, districtCode],
  );
}

/**
 * Each organisation's current district, kind, status and places (`dash_org`), from membership's events.
 * Members by kind and status, and places, are counted over these rows when read, so a change of district,
 * kind, status or places moves the organisation's figures, and everything counted on it, exactly.
 * Working-group events are not needed (the consumer records their versions and moves on).
 */
@Injectable()
@EventConsumer('membership')
export class MembershipFiguresHandler {
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

  // A revoked designation sets the affordable places to 0; the event carries the whole profile.
  @OnEvent(MembershipEvent.memberAffordableDesignationReviewed, MemberAffordableDesignationReviewedData)
  designationReviewed(
    event: EventEnvelope<MemberAffordableDesignationReviewedData>,
    manager: EntityManager,
  ): Promise<void> {
    return this.profile(event, manager);
  }

  @OnEvent(MembershipEvent.memberRejected, MemberRejectedData)
  rejected(event: EventEnvelope<MemberRejectedData>, manager: EntityManager): Promise<void> {
    return this.status(event, manager);
  }

  @OnEvent(MembershipEvent.memberSuspended, MemberSuspendedData)
  suspended(event: EventEnvelope<MemberSuspendedData>, manager: EntityManager): Promise<void> {
    return this.status(event, manager);
  }

  @OnEvent(MembershipEvent.memberWithdrawn, MemberWithdrawnData)
  withdrawn(event: EventEnvelope<MemberWithdrawnData>, manager: EntityManager): Promise<void> {
    return this.status(event, manager);
  }

  @OnEvent(MembershipEvent.memberExpelled, MemberExpelledData)
  expelled(event: EventEnvelope<MemberExpelledData>, manager: EntityManager): Promise<void> {
    return this.status(event, manager);
  }

  /** The whole public profile travels: the row becomes it. */
  private async profile(event: EventEnvelope<MemberProfileData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    await manager.query(
      `INSERT INTO dash_org (organisation_id, name, district_code, district_name, kind, status, licensed_places, affordable_places)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organisation_id) DO UPDATE SET
         name = excluded.name, district_code = excluded.district_code, district_name = excluded.district_name,
         kind = excluded.kind, status = excluded.status,
         licensed_places = excluded.licensed_places, affordable_places = excluded.affordable_places`,
      [
        d.memberId,
        d.name,
        d.districtCode,
        d.districtName,
        d.kind,
        d.status,
        d.licensedPlaces,
        d.affordablePlaces,
      ],
    );
    await moveRows(manager, d.memberId, d.districtCode);
  }

  /** A status change carries the status and district, not the rest of the profile: the row keeps it. */
  private async status(event: EventEnvelope<MemberStatusChangeData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    await manager.query(
      `INSERT INTO dash_org (organisation_id, name, district_code, status) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id) DO UPDATE SET
         name = excluded.name, status = excluded.status, district_code = excluded.district_code,
         district_name = CASE WHEN dash_org.district_code = excluded.district_code THEN dash_org.district_name END`,
      [d.memberId, d.name, d.districtCode, d.toStatus],
    );
    await moveRows(manager, d.memberId, d.districtCode);
  }
}
