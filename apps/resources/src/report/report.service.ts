import {
  type DistrictReciprocity,
  type ExpiryCheckView,
  type OrganisationReciprocity,
  type ReciprocityDto,
  type ReciprocityView,
  type SharingFigures,
} from '@alliance/contracts/resources';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BookingService } from '../booking/booking.service';
import { PlaceRequestService } from '../place-request/place-request.service';
import { addDays, instantAt, isCalendarDate } from '../shared/shanghai-time';
import { fieldError } from '../shared/validation-error';

const zero = (): SharingFigures => ({ hours: 0, placeMonths: 0, itemMonths: 0, bookings: 0 });
const round = (n: number) => Math.round(n * 100) / 100;

function add(into: SharingFigures, from: Partial<SharingFigures>): void {
  into.hours = round(into.hours + (from.hours ?? 0));
  into.placeMonths += from.placeMonths ?? 0;
  into.itemMonths += from.itemMonths ?? 0;
  into.bookings += from.bookings ?? 0;
}

interface Use {
  owner: string;
  user: string;
  figures: Partial<SharingFigures>;
}

@Injectable()
export class ReportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(BookingService) private readonly bookings: BookingService,
    @Inject(PlaceRequestService) private readonly placeRequests: PlaceRequestService,
  ) {}

  async runExpiryCheck(now = new Date()): Promise<ExpiryCheckView> {
    return {
      expiredBookings: await this.bookings.expireUndecided(now),
      expiredPlaceRequests: await this.placeRequests.expireUndecided(now),
    };
  }

  /**
   * Reciprocity over a period: for each organisation, what it offered, how much others used of it (hours of
   * approved or completed bookings inside the period, place-months and item-months of approved requests),
   * and how much it used of others'; the same summed per district. Use of one's own resources is not sharing.
   */
  async reciprocity(dto: ReciprocityDto): Promise<ReciprocityView> {
    if (!isCalendarDate(dto.from)) throw fieldError('from', 'from is not a calendar date');
    if (!isCalendarDate(dto.to)) throw fieldError('to', 'to is not a calendar date');
    if (dto.to < dto.from) throw fieldError('to', 'to must not be before from');
    const startsAt = instantAt(dto.from);
    const endsAt = instantAt(addDays(dto.to, 1));
    const fromMonth = `${dto.from.slice(0, 7)}-01`;
    const toMonth = `${dto.to.slice(0, 7)}-01`;
    const q = this.dataSource;

    const timed = (await q.query(
      `SELECT r.owner_organisation_id AS owner, b.organisation_id AS "user", count(*)::int AS bookings,
              sum(extract(epoch FROM least(b.ends_at, $2) - greatest(b.starts_at, $1)) / 3600)::float8 AS hours
         FROM booking b JOIN resource r ON r.id = b.resource_id
        WHERE b.status IN ('approved', 'completed') AND b.starts_at < $2 AND b.ends_at > $1
          AND b.organisation_id <> r.owner_organisation_id
        GROUP BY 1, 2`,
      [startsAt, endsAt],
    )) as Array<{ owner: string; user: string; bookings: number; hours: number }>;
    const quantities = (await q.query(
      `SELECT r.owner_organisation_id AS owner, p.organisation_id AS "user", r.kind,
              sum(p.quantity * (
                (extract(year FROM least(p.to_month, $2::date)) - extract(year FROM greatest(p.from_month, $1::date))) * 12
                + extract(month FROM least(p.to_month, $2::date)) - extract(month FROM greatest(p.from_month, $1::date)) + 1
              ))::int AS amount
         FROM place_request p JOIN resource r ON r.id = p.resource_id
        WHERE p.status = 'approved' AND p.from_month <= $2::date AND p.to_month >= $1::date
          AND p.organisation_id <> r.owner_organisation_id
        GROUP BY 1, 2, 3`,
      [fromMonth, toMonth],
    )) as Array<{ owner: string; user: string; kind: string; amount: number }>;
    const offered = (await q.query(
      `SELECT owner_organisation_id AS owner, count(*)::int AS n FROM resource
        WHERE created_at < $2 AND (withdrawn_at IS NULL OR withdrawn_at >= $1) GROUP BY 1`,
      [startsAt, endsAt],
    )) as Array<{ owner: string; n: number }>;

    const uses: Use[] = [
      ...timed.map((t) => ({
        owner: t.owner,
        user: t.user,
        figures: { hours: t.hours, bookings: t.bookings },
      })),
      ...quantities.map((p) => ({
        owner: p.owner,
        user: p.user,
        figures: p.kind === 'places' ? { placeMonths: p.amount } : { itemMonths: p.amount },
      })),
    ];
    const ids = new Set([...offered.map((o) => o.owner), ...uses.flatMap((u) => [u.owner, u.user])]);
    const projection = (await q.query(
      `SELECT organisation_id, name, district_code FROM member_organisation WHERE organisation_id = ANY ($1::uuid[])`,
      [[...ids]],
    )) as Array<{ organisation_id: string; name: string; district_code: string }>;
    const known = new Map(projection.map((p) => [p.organisation_id, p]));

    const organisations = new Map<string, OrganisationReciprocity>();
    const of = (id: string): OrganisationReciprocity => {
      let row = organisations.get(id);
      if (!row) {
        row = {
          organisationId: id,
          organisationName: known.get(id)?.name ?? null,
          districtCode: known.get(id)?.district_code ?? null,
          resourcesOffered: 0,
          usedByOthers: zero(),
          usedOfOthers: zero(),
        };
        organisations.set(id, row);
      }
      return row;
    };
    for (const o of offered) of(o.owner).resourcesOffered = o.n;
    for (const u of uses) {
      add(of(u.owner).usedByOthers, u.figures);
      add(of(u.user).usedOfOthers, u.figures);
    }

    const districts = new Map<string, DistrictReciprocity>();
    for (const row of organisations.values()) {
      const code = row.districtCode ?? 'unknown';
      const d = districts.get(code) ?? {
        districtCode: code,
        resourcesOffered: 0,
        usedByOthers: zero(),
        usedOfOthers: zero(),
      };
      d.resourcesOffered += row.resourcesOffered;
      add(d.usedByOthers, row.usedByOthers);
      add(d.usedOfOthers, row.usedOfOthers);
      districts.set(code, d);
    }
    const rows = [...organisations.values()]
      .filter(
        (r) =>
          (!dto.districtCode || r.districtCode === dto.districtCode) &&
          (!dto.organisationId || r.organisationId === dto.organisationId),
      )
      .sort(
        (a, b) =>
          (a.organisationName ?? '').localeCompare(b.organisationName ?? '', 'zh') ||
          a.organisationId.localeCompare(b.organisationId),
      );
    return {
      from: dto.from,
      to: dto.to,
      organisations: rows,
      districts: [...districts.values()]
        .filter((d) => !dto.districtCode || d.districtCode === dto.districtCode)
        .sort((a, b) => a.districtCode.localeCompare(b.districtCode)),
    };
  }
}
