import type { Grade } from '../compliance/compliance-enums';
import type { MemberStatus, OrganisationKind } from '../membership/membership-enums';

/**
 * Figures of one district (or of the whole alliance: `districtCode` null and `alliance` true). An
 * organisation seen so far only in other contexts' events (before membership's) is counted under
 * `districtCode` null and `alliance` false ("district not yet known") until its district arrives.
 */
export interface DistrictFiguresView {
  districtCode: string | null;
  districtName: string | null;
  alliance: boolean;
  /** Admitted members. */
  members: number;
  /** Admitted members by kind. */
  membersByKind: Record<OrganisationKind, number>;
  /** Organisations in each membership status (applied, admitted, suspended, …). */
  membersByStatus: Record<MemberStatus, number>;
  /** Places of admitted members. */
  licensedPlaces: number;
  affordablePlaces: number;
  /** Configured by an admin; null when not set. */
  childrenUnderThree: number | null;
  /** Places per 1,000 children under three (two decimals); null without a population figure. */
  licensedPlacesPer1000: number | null;
  affordablePlacesPer1000: number | null;
  /** Staff with at least one certificate issued this year (not revoked). */
  staffTrained: number;
  /** Credit hours of the certificates issued this year (not revoked). */
  trainingHours: number;
  /** Certificates (not revoked, of staff who have not left) expiring within 90 days from `asOf`. */
  certificatesExpiring: number;
  /** Audits submitted or closed. */
  auditsDone: number;
  /** Organisations by their current grade. */
  grades: Record<Grade, number>;
  /** Corrective actions not closed (open or answered). */
  actionsOpen: number;
  /** Corrective actions not closed whose due date is before `asOf`. */
  actionsOverdue: number;
  /** Resources listed (offered) by the district's members. */
  resourcesOffered: number;
  /** Bookings completed and place requests approved for the district's members. */
  resourcesUsed: number;
}

export interface MembersByKindAndStatusRow {
  districtCode: string | null;
  districtName: string | null;
  kind: OrganisationKind;
  status: MemberStatus;
  count: number;
}

export interface DashboardView {
  /** The day the figures are reckoned for (Asia/Shanghai). */
  asOf: string;
  /** The year of "this year" (the year of `asOf`). */
  year: number;
  alliance: DistrictFiguresView;
  /** One row per district, by code; the "not yet known" row last when there is one. */
  districts: DistrictFiguresView[];
  membersByKindAndStatus: MembersByKindAndStatusRow[];
}

export interface DashboardExportView {
  /** Chinese file name, e.g. `联盟看板-托位-2026-11-29.xlsx` (send as RFC 5987 `filename*`). */
  filename: string;
  /** ASCII fallback, e.g. `alliance-dashboard-places-2026-11-29.xlsx`. */
  asciiFilename: string;
  contentType: string;
  /** The .xlsx file, base64. */
  contentBase64: string;
}

export interface DistrictPopulationView {
  districtCode: string;
  districtName: string | null;
  childrenUnderThree: number;
  updatedAt: string;
}

export interface DashboardRebuildView {
  /** Events read per stream (context → count). */
  eventsRead: Record<string, number>;
  /** Events applied (the others had no handler, were invalid, or were stale). */
  eventsApplied: number;
  tookMs: number;
  rebuiltAt: string;
}
