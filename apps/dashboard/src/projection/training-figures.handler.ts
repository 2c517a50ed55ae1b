import type { EventEnvelope } from '@alliance/contracts';
import { CertificateEventData, StaffEventData, TrainingEvent } from '@alliance/contracts/training';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { allianceYear, claimEvent, lockOrg } from './projection-lock';

interface CountedCertificate {
  organisationId: string;
  staffId: string;
  year: number;
  hours: number;
}

/**
 * Staff trained and training hours per organisation and year (`dash_org_year`), from certificates: a
 * certificate issued (and not revoked) counts its credit hours in the year it was issued (Asia/Shanghai),
 * and its holder once per organisation and year however many certificates they got (`dash_staff_year`).
 * Certificates keep their expiry date for the "expiring within 90 days" count, and staff their employment
 * status (the certificates of staff who left do not count as expiring).
 */
@Injectable()
@EventConsumer('training')
export class TrainingFiguresHandler {
  @OnEvent(TrainingEvent.certificateIssued, CertificateEventData)
  issued(event: EventEnvelope<CertificateEventData>, manager: EntityManager): Promise<void> {
    return this.certificate(event, manager, false);
  }

  @OnEvent(TrainingEvent.certificateRevoked, CertificateEventData)
  revoked(event: EventEnvelope<CertificateEventData>, manager: EntityManager): Promise<void> {
    return this.certificate(event, manager, true);
  }

  @OnEvent(TrainingEvent.staffRegistered, StaffEventData)
  registered(event: EventEnvelope<StaffEventData>, manager: EntityManager): Promise<void> {
    return this.staff(event, manager);
  }

  @OnEvent(TrainingEvent.staffUpdated, StaffEventData)
  updated(event: EventEnvelope<StaffEventData>, manager: EntityManager): Promise<void> {
    return this.staff(event, manager);
  }

  @OnEvent(TrainingEvent.staffLeft, StaffEventData)
  left(event: EventEnvelope<StaffEventData>, manager: EntityManager): Promise<void> {
    return this.staff(event, manager);
  }

  private async staff(event: EventEnvelope<StaffEventData>, manager: EntityManager): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    await manager.query(
      `INSERT INTO dash_staff (staff_id, organisation_id, status) VALUES ($1, $2, $3)
       ON CONFLICT (staff_id) DO UPDATE SET organisation_id = excluded.organisation_id, status = excluded.status`,
      [d.staffId, d.organisationId, d.status],
    );
    // Certificates of staff who left are not "expiring" any more (and count again if the record is corrected).
    await manager.query(
      `UPDATE dash_certificate SET staff_left = ($2 = 'left') WHERE staff_id = $1 AND staff_left <> ($2 = 'left')`,
      [d.staffId, d.status],
    );
  }

  private async certificate(
    event: EventEnvelope<CertificateEventData>,
    manager: EntityManager,
    revoked: boolean,
  ): Promise<void> {
    if (!(await claimEvent(manager, event))) return;
    const d = event.data;
    // The organisation's row first (as membership's handler takes it before the certificates it moves).
    const district = await lockOrg(manager, d.organisationId);
    const [before] = (await manager.query(
      `SELECT organisation_id, staff_id, year, hours::float8 AS hours, revoked
         FROM dash_certificate WHERE certificate_id = $1 FOR UPDATE`,
      [d.certificateId],
    )) as Array<{ organisation_id: string; staff_id: string; year: number; hours: number; revoked: boolean }>;
    const after: CountedCertificate = {
      organisationId: d.organisationId,
      staffId: d.staffId,
      year: allianceYear(d.issuedAt),
      hours: d.hours,
    };
    await manager.query(
      `INSERT INTO dash_certificate (certificate_id, organisation_id, district_code, staff_id, staff_left, year, hours, expires_on, revoked)
       VALUES ($1, $2, $3, $4, coalesce((SELECT status = 'left' FROM dash_staff WHERE staff_id = $4), false), $5, $6, $7, $8)
       ON CONFLICT (certificate_id) DO UPDATE SET organisation_id = excluded.organisation_id,
         district_code = excluded.district_code, staff_id = excluded.staff_id, staff_left = excluded.staff_left,
         year = excluded.year, hours = excluded.hours, expires_on = excluded.expires_on, revoked = excluded.revoked`,
      [d.certificateId, after.organisationId, district, after.staffId, after.year, after.hours, d.expiresOn ?? null, revoked],
    );
    if (before && !before.revoked) {
      await this.count(manager, {
        organisationId: before.organisation_id,
        staffId: before.staff_id,
        year: before.year,
        hours: before.hours,
      }, -1);
    }
    if (!revoked) await this.count(manager, after, 1);
  }

  /** Adds (+1) or takes back (−1) one certificate's contribution: hours, and its holder at 0 ↔ 1. */
  private async count(manager: EntityManager, c: CountedCertificate, sign: 1 | -1): Promise<void> {
    const [{ certificates }] = (await manager.query(
      `INSERT INTO dash_staff_year (staff_id, organisation_id, year, certificates) VALUES ($1, $2, $3, $4)
       ON CONFLICT (staff_id, organisation_id, year)
         DO UPDATE SET certificates = dash_staff_year.certificates + excluded.certificates
       RETURNING certificates`,
      [c.staffId, c.organisationId, c.year, sign],
    )) as Array<{ certificates: number }>;
    const staffDelta = sign === 1 ? (certificates === 1 ? 1 : 0) : certificates === 0 ? -1 : 0;
    const district = await lockOrg(manager, c.organisationId);
    await manager.query(
      `INSERT INTO dash_org_year (organisation_id, district_code, year, staff_trained, training_hours) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (year, organisation_id) DO UPDATE SET
         staff_trained = dash_org_year.staff_trained + excluded.staff_trained,
         training_hours = dash_org_year.training_hours + excluded.training_hours`,
      [c.organisationId, district, c.year, staffDelta, sign * c.hours],
    );
  }
}
