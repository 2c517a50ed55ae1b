import {
  ORGANISATION_KINDS,
  MEMBER_STATUSES,
  type MemberStatus,
  type OrganisationKind,
} from '@alliance/contracts/membership';
import { GRADES } from '@alliance/contracts/compliance';
import {
  EXPIRING_WITHIN_DAYS,
  type DashboardView,
  type DistrictFiguresView,
  type MembersByKindAndStatusRow,
} from '@alliance/contracts/dashboard';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { allianceToday } from '../projection/projection-lock';

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const per1000 = (places: number, children: number | null): number | null =>
  children ? Math.round((places * 1000 * 100) / children) / 100 : null;

/** The key of a district in maps (the "not yet known" district is null). */
const keyOf = (code: string | null) => code ?? '';

/** One group of organisations: same district, kind and status (at most 23 × 8 × 6 groups). */
interface OrgGroup {
  d: string | null;
  name: string | null;
  kind: string | null;
  status: string | null;
  n: number;
  licensed: number;
  affordable: number;
  audits: number;
  actions: number;
  offered: number;
  used: number;
  /** Organisations of the group by current grade. */
  A: number;
  B: number;
  C: number;
  D: number;
  fail: number;
}

interface Reading {
  orgs: OrgGroup[];
  training: Array<{ d: string | null; staff: number; hours: string }>;
  expiring: Array<{ d: string | null; n: number }>;
  overdue: Array<{ d: string | null; n: number }>;
  population: Array<{ d: string; name: string | null; children: number }>;
}

/**
 * Everything a reading needs, in ONE statement (one snapshot, one round trip): the organisations' counters
 * per district, kind and status (kept by triggers on dash_org); training per district for the year (an index
 * range); certificates expiring in the window and overdue actions per district (partial indexes); populations.
 */
const READING = `
  SELECT json_build_object(
    'orgs', (SELECT coalesce(json_agg(g), '[]'::json) FROM (
       SELECT nullif(district_key, '') AS d, district_name AS name, nullif(kind, '') AS kind,
              nullif(status, '') AS status, n, licensed_places AS licensed, affordable_places AS affordable,
              audits_done AS audits, actions_open AS actions, resources_offered AS offered, resources_used AS used,
              grade_a AS "A", grade_b AS "B", grade_c AS "C", grade_d AS "D", grade_fail AS fail
         FROM dash_district_figures WHERE n <> 0) g),
    'training', (SELECT coalesce(json_agg(t), '[]'::json) FROM (
       SELECT district_code AS d, sum(staff_trained)::int AS staff, sum(training_hours)::text AS hours
         FROM dash_org_year WHERE year = $1 GROUP BY district_code) t),
    'expiring', (SELECT coalesce(json_agg(e), '[]'::json) FROM (
       SELECT district_code AS d, count(*)::int AS n FROM dash_certificate
        WHERE NOT revoked AND NOT staff_left AND expires_on IS NOT NULL
          AND expires_on >= $2::date AND expires_on <= $2::date + $3::int
        GROUP BY district_code) e),
    'overdue', (SELECT coalesce(json_agg(a), '[]'::json) FROM (
       SELECT district_code AS d, count(*)::int AS n FROM dash_action
        WHERE status <> 'closed' AND due_date < $2::date GROUP BY district_code) a),
    'population', (SELECT coalesce(json_agg(p), '[]'::json) FROM (
       SELECT district_code AS d, district_name AS name, children_under_three AS children
         FROM dash_district_population) p)
  ) AS reading`;

const compareCodes = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * The figures: the organisations' counters summed per district × kind × status (a few hundred rows), training
 * per district and year from an index, and the day-dependent counts from partial indexes by district. A single statement: the tables agree with each other (and a rebuild in
 * progress is not seen until it commits).
 */
@Injectable()
export class FiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(asOf: string = allianceToday()): Promise<DashboardView> {
    const year = Number(asOf.slice(0, 4));
    const [{ reading }] = (await this.dataSource.query(READING, [year, asOf, EXPIRING_WITHIN_DAYS])) as Array<{
      reading: Reading;
    }>;
    return assemble(reading, asOf, year);
  }
}

function assemble(reading: Reading, asOf: string, year: number): DashboardView {
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
  const kindStatus = new Map<string, MembersByKindAndStatusRow>();
  for (const g of reading.orgs) {
    const v = district(g.d, g.name);
    v.auditsDone += g.audits;
    v.actionsOpen += g.actions;
    v.resourcesOffered += g.offered;
    v.resourcesUsed += g.used;
    for (const grade of GRADES) v.grades[grade] += g[grade];
    if (g.status && g.status in v.membersByStatus) v.membersByStatus[g.status as MemberStatus] += g.n;
    if (g.status === 'admitted') {
      v.members += g.n;
      v.licensedPlaces += g.licensed;
      v.affordablePlaces += g.affordable;
      if (g.kind && g.kind in v.membersByKind) v.membersByKind[g.kind as OrganisationKind] += g.n;
    }
    if (g.kind && g.status) {
      const key = `${keyOf(g.d)}\u0000${g.kind}\u0000${g.status}`;
      const row = kindStatus.get(key);
      if (row) row.count += g.n;
      else {
        kindStatus.set(key, {
          districtCode: g.d,
          districtName: g.name,
          kind: g.kind as OrganisationKind,
          status: g.status as MemberStatus,
          count: g.n,
        });
      }
    }
  }
  for (const t of reading.training) {
    const v = district(t.d, null);
    v.staffTrained = t.staff;
    v.trainingHours = Number(t.hours);
  }
  for (const e of reading.expiring) district(e.d, null).certificatesExpiring = e.n;
  for (const a of reading.overdue) district(a.d, null).actionsOverdue = a.n;
  for (const p of reading.population) district(p.d, p.name).childrenUnderThree = p.children;

  const list = [...districts.values()].sort((a, b) => compareCodes(a.districtCode, b.districtCode));
  for (const v of list) {
    v.licensedPlacesPer1000 = per1000(v.licensedPlaces, v.childrenUnderThree);
    v.affordablePlacesPer1000 = per1000(v.affordablePlaces, v.childrenUnderThree);
  }
  const rows = [...kindStatus.values()]
    .map((r) => ({ ...r, districtName: r.districtName ?? districts.get(keyOf(r.districtCode))?.districtName ?? null }))
    .sort(
      (a, b) =>
        compareCodes(a.districtCode, b.districtCode) ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
        (a.status < b.status ? -1 : a.status > b.status ? 1 : 0),
    );
  return { asOf, year, alliance: sumOf(list), districts: list, membersByKindAndStatus: rows };
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
