import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, SYSTEM_ACTOR } from '@alliance/contracts';
import {
  ExpiringKind,
  TrainingEvent,
  type ExpiringItemData,
  type ExpiringItemView,
  type ExpiringItemsView,
  type ExpiryCheckView,
  type HoursLedgerView,
  type TrainingRecordView,
} from '@alliance/contracts/training';
import { OutboxWriter, type RequestContext } from '@alliance/messaging';
import { inTransaction } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificateEntity } from '../certificate/certificate.entity';
import { CertificateService } from '../certificate/certificate.service';
import { organisationScope } from '../shared/access';
import { addDays, allianceDate, daysBetween } from '../shared/time';
import { StaffService } from '../staff/staff.service';

export const DEFAULT_EXPIRY_WINDOW_DAYS = 30;

/** Hours, training records, what runs out, and the daily announcement of what comes due. */
@Injectable()
export class ReportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(StaffService) private readonly staff: StaffService,
    @Inject(CertificateService) private readonly certificates: CertificateService,
  ) {}

  /** Continuing-education hours of a calendar year (Asia/Shanghai): certificates issued that year, not revoked. */
  async hours(
    year: number,
    requestedOrganisation: string | undefined,
    ctx: RequestContext,
  ): Promise<HoursLedgerView> {
    const organisationId = organisationScope(ctx.caller, requestedOrganisation);
    const people = (await this.dataSource.query(
      `SELECT c.staff_id, s.name, c.organisation_id, sum(c.hours)::float8 AS hours, count(*)::int AS certificates
         FROM certificate c JOIN staff s ON s.id = c.staff_id
        WHERE c.revoked_at IS NULL
          AND c.issued_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          AND c.issued_at <  make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          AND ($2::uuid IS NULL OR c.organisation_id = $2)
        GROUP BY c.staff_id, s.name, c.organisation_id
        ORDER BY hours DESC, s.name, c.staff_id`,
      [year, organisationId ?? null],
    )) as Array<{
      staff_id: string;
      name: string;
      organisation_id: string;
      hours: number;
      certificates: number;
    }>;
    const byOrganisation = new Map<string, { hours: number; people: number }>();
    for (const p of people) {
      const entry = byOrganisation.get(p.organisation_id) ?? { hours: 0, people: 0 };
      entry.hours += p.hours;
      entry.people += 1;
      byOrganisation.set(p.organisation_id, entry);
    }
    const names = await this.staff.organisationNames(this.dataSource.manager, [...byOrganisation.keys()]);
    return {
      year,
      organisations: [...byOrganisation.entries()]
        .map(([id, e]) => ({
          organisationId: id,
          organisationName: names.get(id) ?? null,
          hours: e.hours,
          people: e.people,
        }))
        .sort((a, b) => b.hours - a.hours || a.organisationId.localeCompare(b.organisationId)),
      people: people.map((p) => ({
        staffId: p.staff_id,
        name: p.name,
        organisationId: p.organisation_id,
        hours: p.hours,
        certificates: p.certificates,
      })),
      totalHours: people.reduce((sum, p) => sum + p.hours, 0),
    };
  }

  async trainingRecord(staffId: string, ctx: RequestContext): Promise<TrainingRecordView> {
    const staff = await this.staff.get(staffId, ctx);
    const certificates = await this.dataSource.manager.find(CertificateEntity, {
      where: { staffId },
      order: { issuedAt: 'ASC' },
    });
    const today = allianceDate(new Date());
    const hoursByYear = new Map<number, number>();
    for (const c of certificates) {
      if (c.revokedAt) continue;
      const year = Number(allianceDate(c.issuedAt).slice(0, 4));
      hoursByYear.set(year, (hoursByYear.get(year) ?? 0) + c.hours);
    }
    return {
      staff,
      certificates: await this.certificates.views(this.dataSource.manager, certificates, today),
      hoursByYear: [...hoursByYear.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, hours]) => ({ year, hours })),
    };
  }

  /** Active staff's certificates, qualifications and health certificates expiring within N days (or expired). */
  async expiring(
    withinDays: number,
    requestedOrganisation: string | undefined,
    ctx: RequestContext,
  ): Promise<ExpiringItemsView> {
    const organisationId = organisationScope(ctx.caller, requestedOrganisation);
    const asOf = allianceDate(new Date());
    const items = await this.itemsDue(
      this.dataSource.manager,
      asOf,
      withinDays,
      organisationId ?? null,
      null,
    );
    return { asOf, withinDays, items };
  }

  /**
   * The daily check: every item of active staff expiring between `asOf` and `asOf + withinDays` is announced
   * with `certificate.expiring` — once per item and expiry date, however often the check runs (the unique
   * due_notice row decides, also between two checks at once).
   */
  async runExpiryCheck(asOf: string | undefined, withinDays: number | undefined): Promise<ExpiryCheckView> {
    const day = asOf ?? allianceDate(new Date());
    const window = withinDays ?? DEFAULT_EXPIRY_WINDOW_DAYS;
    if (Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
      throw new DomainError(ErrorCode.ValidationFailed, 'asOf is not a date', {
        fields: [{ field: 'asOf', reasons: ['asOf must be a date YYYY-MM-DD'] }],
      });
    }
    return inTransaction(this.dataSource, async (manager) => {
      const items = await this.itemsDue(manager, day, window, null, day);
      let announced = 0;
      const correlationId = randomUUID();
      for (const item of items) {
        const id = randomUUID();
        const inserted = (await manager.query(
          `INSERT INTO due_notice (id, kind, item_id, expires_on, staff_id, announced_at)
           VALUES ($1, $2, $3, $4, $5, now())
           ON CONFLICT ON CONSTRAINT due_notice_item_key DO NOTHING
           RETURNING id`,
          [id, item.kind, item.itemId, item.expiresOn, item.staffId],
        )) as unknown[];
        if (!inserted.length) continue;
        announced += 1;
        const data: ExpiringItemData = { ...item };
        delete (data as Partial<ExpiringItemView>).staffName;
        await this.outbox.append(manager, {
          type: TrainingEvent.certificateExpiring,
          // Each announcement is its own aggregate (the notice), so it never competes for a certificate's versions.
          aggregateId: id,
          aggregateVersion: 1,
          data,
          meta: { correlationId, causationId: null, actor: { ...SYSTEM_ACTOR, id: 'training.expiry-check' } },
        });
      }
      return { asOf: day, withinDays: window, announced };
    });
  }

  private async itemsDue(
    manager: EntityManager,
    asOf: string,
    withinDays: number,
    organisationId: string | null,
    notBefore: string | null,
  ): Promise<ExpiringItemView[]> {
    const until = addDays(asOf, withinDays);
    const rows = (await manager.query(
      `SELECT * FROM (
         SELECT 'certificate' AS kind, c.id::text AS item_id, s.id AS staff_id, s.name AS staff_name,
                s.organisation_id, co.code || ' ' || co.title AS what, c.expires_on::text AS expires_on
           FROM certificate c JOIN staff s ON s.id = c.staff_id JOIN course co ON co.id = c.course_id
          WHERE c.revoked_at IS NULL AND c.expires_on IS NOT NULL AND s.status = 'active'
            -- a later certificate of the same course that outlives it renews it
            AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.staff_id = c.staff_id AND n.course_id = c.course_id
                             AND n.revoked_at IS NULL AND (n.expires_on IS NULL OR n.expires_on > c.expires_on))
         UNION ALL
         SELECT 'qualification', s.id::text || ':' || (q ->> 'number'), s.id, s.name, s.organisation_id,
                q ->> 'kind', q ->> 'expiresOn'
           FROM staff s CROSS JOIN jsonb_array_elements(s.qualifications) AS q
          WHERE s.status = 'active' AND q ->> 'expiresOn' IS NOT NULL
         UNION ALL
         SELECT 'health_certificate', s.id::text, s.id, s.name, s.organisation_id, '健康证',
                s.health_certificate_expires_on::text
           FROM staff s
          WHERE s.status = 'active' AND s.health_certificate_expires_on IS NOT NULL
       ) AS due
       WHERE expires_on::date <= $1::date
         AND ($2::date IS NULL OR expires_on::date >= $2::date)
         AND ($3::uuid IS NULL OR organisation_id = $3)
       ORDER BY expires_on, staff_name, kind, item_id`,
      [until, notBefore, organisationId],
    )) as Array<{
      kind: ExpiringKind;
      item_id: string;
      staff_id: string;
      staff_name: string;
      organisation_id: string;
      what: string;
      expires_on: string;
    }>;
    return rows.map((r) => ({
      kind: r.kind,
      itemId: r.item_id,
      staffId: r.staff_id,
      staffName: r.staff_name,
      organisationId: r.organisation_id,
      what: r.what,
      expiresOn: r.expires_on,
      daysLeft: daysBetween(asOf, r.expires_on),
    }));
  }
}
