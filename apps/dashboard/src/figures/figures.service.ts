import {
  ORGANISATION_KINDS,
  MEMBER_STATUSES,
  type MemberStatus,
  type OrganisationKind,
} from '@alliance/contracts/membership';
import { GRADES, type Grade } from '@alliance/contracts/compliance';
import {
  EXPIRING_WITHIN_DAYS,
  type DashboardView,
  type DistrictFiguresView,
  type MembersByKindAndStatusRow,
} from '@alliance/contracts/dashboard';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { allianceToday } from '../projection/projection-lock';

interface OrgRow {
  district_code: string | null;
  district_name: string | null;
  members: number;
  licensed: number;
  affordable: number;
  audits_done: number;
  actions_open: number;
  resources_offered: number;
  resources_used: number;
  grades: Record<string, number> | null;
  kinds: Record<string, number> | null;
  statuses: Record<string, number> | null;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const per1000 = (places: number, children: number | null): number | null =>
  children ? Math.round((places * 1000 * 100) / children) / 100 : null;

/** The key of a district in maps (the "not yet known" district is null). */
const keyOf = (code: string | null) => code ?? '';

/**
 * The figures, summed per district over the per-organisation rows when read (at most one row per
 * organisation and per organisation and year), plus the day-dependent counts from the partial indexes —
 * in one REPEATABLE READ snapshot, so the tables agree with each other (and a rebuild in progress is not
 * seen until it commits).
 */
@Injectable()
export class FiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(asOf: string = allianceToday()): Promise<DashboardView> {
    const year = Number(asOf.slice(0, 4));
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      return this.read(m, asOf, year);
    });
  }

  private async read(m: EntityManager, asOf: string, year: number): Promise<DashboardView> {
    const orgs: OrgRow[] = await m.query(
      `WITH per_district AS (
         SELECT district_code, max(district_name) AS district_name,
                count(*) FILTER (WHERE status = 'admitted')::int AS members,
                coalesce(sum(licensed_places) FILTER (WHERE status = 'admitted'), 0)::int AS licensed,
                coalesce(sum(affordable_places) FILTER (WHERE status = 'admitted'), 0)::int AS affordable,
                sum(audits_done)::int AS audits_done, sum(actions_open)::int AS actions_open,
                sum(resources_offered)::int AS resources_offered, sum(resources_used)::int AS resources_used
           FROM dash_org GROUP BY district_code),
       grades AS (
         SELECT district_code, jsonb_object_agg(grade, n) AS grades
           FROM (SELECT district_code, grade, count(*)::int AS n FROM dash_org WHERE grade IS NOT NULL
                  GROUP BY district_code, grade) g GROUP BY district_code),
       kinds AS (
         SELECT district_code, jsonb_object_agg(kind, n) AS kinds
           FROM (SELECT district_code, kind, count(*)::int AS n FROM dash_org WHERE status = 'admitted'
                  GROUP BY district_code, kind) k GROUP BY district_code),
       statuses AS (
         SELECT district_code, jsonb_object_agg(status, n) AS statuses
           FROM (SELECT district_code, status, count(*)::int AS n FROM dash_org WHERE status IS NOT NULL
                  GROUP BY district_code, status) s GROUP BY district_code)
       SELECT p.*, g.grades, k.kinds, s.statuses
         FROM per_district p
         LEFT JOIN grades g ON g.district_code IS NOT DISTINCT FROM p.district_code
         LEFT JOIN kinds k ON k.district_code IS NOT DISTINCT FROM p.district_code
         LEFT JOIN statuses s ON s.district_code IS NOT DISTINCT FROM p.district_code`,
    );
    const kindStatus: Array<{ district_code: string | null; district_name: string | null; kind: string; status: string; count: number }> =
      await m.query(
        `SELECT district_code, max(district_name) AS district_name, kind, status, count(*)::int AS count
           FROM dash_org WHERE kind IS NOT NULL AND status IS NOT NULL
          GROUP BY district_code, kind, status ORDER BY district_code, kind, status`,
      );
    const training: Array<{ district_code: string | null; staff: number; hours: string }> = await m.query(
      `SELECT o.district_code, sum(y.staff_trained)::int AS staff, sum(y.training_hours)::text AS hours
         FROM dash_org_year y JOIN dash_org o USING (organisation_id)
        WHERE y.year = $1 GROUP BY o.district_code`,
      [year],
    );
    const expiring: Array<{ district_code: string | null; n: number }> = await m.query(
      `SELECT o.district_code, count(*)::int AS n
         FROM dash_certificate c JOIN dash_org o USING (organisation_id)
         LEFT JOIN dash_staff s ON s.staff_id = c.staff_id
        WHERE NOT c.revoked AND c.expires_on IS NOT NULL
          AND c.expires_on >= $1::date AND c.expires_on <= $1::date + $2::int
          AND (s.status IS NULL OR s.status <> 'left')
        GROUP BY o.district_code`,
      [asOf, EXPIRING_WITHIN_DAYS],
    );
    const overdue: Array<{ district_code: string | null; n: number }> = await m.query(
      `SELECT o.district_code, count(*)::int AS n
         FROM dash_action a JOIN dash_org o USING (organisation_id)
        WHERE a.status <> 'closed' AND a.due_date < $1::date
        GROUP BY o.district_code`,
      [asOf],
    );
    const population: Array<{ district_code: string; district_name: string | null; children: number }> = await m.query(
      `SELECT district_code, district_name, children_under_three AS children FROM dash_district_population`,
    );

    const districts = new Map<string, DistrictFiguresView>();
    const district = (code: string | null, name: string | null): DistrictFiguresView => {
      let view = districts.get(keyOf(code));
      if (!view) {
        view = emptyFigures(code, name, false);
        districts.set(keyOf(code), view);
      }
      if (!view.districtName && name) view.districtName = name;
      return view;
    };
    for (const o of orgs) {
      const v = district(o.district_code, o.district_name);
      Object.assign(v, {
        members: o.members,
        licensedPlaces: o.licensed,
        affordablePlaces: o.affordable,
        auditsDone: o.audits_done,
        actionsOpen: o.actions_open,
        resourcesOffered: o.resources_offered,
        resourcesUsed: o.resources_used,
      });
      for (const [grade, n] of Object.entries(o.grades ?? {})) if (grade in v.grades) v.grades[grade as Grade] = n;
      for (const [kind, n] of Object.entries(o.kinds ?? {})) if (kind in v.membersByKind) v.membersByKind[kind as OrganisationKind] = n;
      for (const [status, n] of Object.entries(o.statuses ?? {})) {
        if (status in v.membersByStatus) v.membersByStatus[status as MemberStatus] = n;
      }
    }
    for (const t of training) {
      const v = district(t.district_code, null);
      v.staffTrained = t.staff;
      v.trainingHours = Number(t.hours);
    }
    for (const e of expiring) district(e.district_code, null).certificatesExpiring = e.n;
    for (const a of overdue) district(a.district_code, null).actionsOverdue = a.n;
    for (const p of population) {
      const v = district(p.district_code, p.district_name);
      v.childrenUnderThree = p.children;
    }

    const list = [...districts.values()].sort((a, b) =>
      a.districtCode === null ? 1 : b.districtCode === null ? -1 : a.districtCode.localeCompare(b.districtCode),
    );
    for (const v of list) {
      v.licensedPlacesPer1000 = per1000(v.licensedPlaces, v.childrenUnderThree);
      v.affordablePlacesPer1000 = per1000(v.affordablePlaces, v.childrenUnderThree);
    }
    const alliance = sumOf(list);
    const rows: MembersByKindAndStatusRow[] = kindStatus.map((r) => ({
      districtCode: r.district_code,
      districtName: r.district_name ?? districts.get(keyOf(r.district_code))?.districtName ?? null,
      kind: r.kind as OrganisationKind,
      status: r.status as MemberStatus,
      count: r.count,
    }));
    return { asOf, year, alliance, districts: list, membersByKindAndStatus: rows };
  }
}

export function emptyFigures(code: string | null, name: string | null, alliance: boolean): DistrictFiguresView {
  return {
    districtCode: code,
    districtName: name,
    alliance,
    members: 0,
    membersByKind: zeroes(ORGANISATION_KINDS),
    membersByStatus: zeroes(MEMBER_STATUSES),
    licensedPlaces: 0,
    affordablePlaces: 0,
    childrenUnderThree: null,
    licensedPlacesPer1000: null,
    affordablePlacesPer1000: null,
    staffTrained: 0,
    trainingHours: 0,
    certificatesExpiring: 0,
    auditsDone: 0,
    grades: zeroes(GRADES),
    actionsOpen: 0,
    actionsOverdue: 0,
    resourcesOffered: 0,
    resourcesUsed: 0,
  };
}

const SUMMED = [
  'members',
  'licensedPlaces',
  'affordablePlaces',
  'staffTrained',
  'trainingHours',
  'certificatesExpiring',
  'auditsDone',
  'actionsOpen',
  'actionsOverdue',
  'resourcesOffered',
  'resourcesUsed',
] as const;

/**
 * The alliance's row: every district summed. Places per 1,000 children under three are over the districts
 * whose population is configured (their places and their children), null when none is.
 */
function sumOf(list: DistrictFiguresView[]): DistrictFiguresView {
  const total = emptyFigures(null, '全联盟', true);
  let children = 0;
  let licensedCovered = 0;
  let affordableCovered = 0;
  for (const v of list) {
    for (const key of SUMMED) total[key] += v[key];
    for (const k of ORGANISATION_KINDS) total.membersByKind[k] += v.membersByKind[k];
    for (const s of MEMBER_STATUSES) total.membersByStatus[s] += v.membersByStatus[s];
    for (const g of GRADES) total.grades[g] += v.grades[g];
    if (v.childrenUnderThree) {
      children += v.childrenUnderThree;
      licensedCovered += v.licensedPlaces;
      affordableCovered += v.affordablePlaces;
    }
  }
  total.trainingHours = Math.round(total.trainingHours * 100) / 100;
  total.childrenUnderThree = children || null;
  total.licensedPlacesPer1000 = per1000(licensedCovered, total.childrenUnderThree);
  total.affordablePlacesPer1000 = per1000(affordableCovered, total.childrenUnderThree);
  return total;
}
