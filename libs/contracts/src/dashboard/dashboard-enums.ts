/** The tables of the dashboard, each exportable to Excel on its own; `all` is one workbook with every table. */
export const DashboardTable = {
  Overview: 'overview',
  Members: 'members',
  Places: 'places',
  Training: 'training',
  Compliance: 'compliance',
  Resources: 'resources',
  All: 'all',
} as const;
export type DashboardTable = (typeof DashboardTable)[keyof typeof DashboardTable];
export const DASHBOARD_TABLES = Object.values(DashboardTable) as DashboardTable[];

/** Certificates count as expiring when they expire within this many days (today included). */
export const EXPIRING_WITHIN_DAYS = 90;

/** The alliance's zone: "this year", "today" and "overdue" are reckoned in it. */
export const DASHBOARD_TIME_ZONE = 'Asia/Shanghai';

/** `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Membership's district codes (`gaoxin`, `tianfu-new-area`, …). */
export const DISTRICT_CODE_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
