import type { SchemaObject } from '@nestjs/swagger';
import { GRADES } from '@alliance/contracts/compliance';
import { MEMBER_STATUSES, ORGANISATION_KINDS } from '@alliance/contracts/membership';
import type {
  DashboardExportView,
  DashboardRebuildView,
  DashboardView,
  DistrictFiguresView,
  DistrictPopulationView,
  MembersByKindAndStatusRow,
} from '@alliance/contracts/dashboard';
import { arrayOf, ref } from '../openapi/api-docs.decorators';
import { countsBy, dateTime, int, nullableStr, objectSchema, oneOf, str } from '../openapi/typed-schema';

const num = (extra: SchemaObject = {}): SchemaObject => ({ type: 'number', ...extra });
const nullableInt = (description: string): SchemaObject => ({ type: 'integer', nullable: true, description });
const nullableNum = (description: string): SchemaObject => ({ type: 'number', nullable: true, description });
const count = (description: string) => int({ minimum: 0, description });

/** Response schemas of the dashboard routes, tied to the contract interfaces (see typed-schema.ts). */
export const DASHBOARD_SCHEMAS: Record<string, SchemaObject> = {
  DashboardDistrictFigures: objectSchema<DistrictFiguresView>(
    {
      districtCode: nullableStr({ description: 'Null for the alliance’s row, and for organisations whose district is not known yet.' }),
      districtName: nullableStr(),
      alliance: { type: 'boolean', description: 'True on the alliance-wide row.' },
      members: count('Admitted members.'),
      membersByKind: countsBy(ORGANISATION_KINDS),
      membersByStatus: countsBy(MEMBER_STATUSES),
      licensedPlaces: count('Licensed childcare places (托位) of admitted members.'),
      affordablePlaces: count('Affordable places (普惠托位) of admitted members.'),
      childrenUnderThree: nullableInt('Configured by an admin; null when not set.'),
      licensedPlacesPer1000: nullableNum('Per 1,000 children under three (two decimals); alliance-wide over the districts with a population.'),
      affordablePlacesPer1000: nullableNum('Per 1,000 children under three (two decimals).'),
      staffTrained: count('Staff with a certificate issued this year (Asia/Shanghai), not revoked.'),
      trainingHours: num({ description: 'Credit hours of the certificates issued this year, not revoked.' }),
      certificatesExpiring: count('Certificates (not revoked, of staff who have not left) expiring within 90 days.'),
      auditsDone: count('Audits submitted or closed.'),
      grades: countsBy(GRADES),
      actionsOpen: count('Corrective actions not closed.'),
      actionsOverdue: count('Corrective actions not closed, due before `asOf`.'),
      resourcesOffered: count('Resources listed by the district’s members.'),
      resourcesUsed: count('Bookings completed and place requests approved for the district’s members.'),
    },
    { description: 'Figures of one district, or of the whole alliance.' },
  ),
  DashboardMembersByKindAndStatus: objectSchema<MembersByKindAndStatusRow>({
    districtCode: nullableStr(),
    districtName: nullableStr(),
    kind: oneOf(ORGANISATION_KINDS),
    status: oneOf(MEMBER_STATUSES),
    count: count('Organisations.'),
  }),
  Dashboard: objectSchema<DashboardView>({
    asOf: str({ format: 'date', description: 'The day the figures are reckoned for (Asia/Shanghai).' }),
    year: int({ description: 'The year of “this year”.' }),
    alliance: ref('DashboardDistrictFigures'),
    districts: arrayOf(ref('DashboardDistrictFigures')),
    membersByKindAndStatus: arrayOf(ref('DashboardMembersByKindAndStatus')),
  }),
  DashboardExport: objectSchema<DashboardExportView>({
    filename: str({ description: 'Chinese file name, e.g. 联盟看板-托位-2026-11-29.xlsx.' }),
    asciiFilename: str({ description: 'ASCII fallback, e.g. alliance-dashboard-places-2026-11-29.xlsx.' }),
    contentType: str(),
    contentBase64: str({ format: 'byte', description: 'The .xlsx file, base64.' }),
  }),
  DashboardDistrictPopulation: objectSchema<DistrictPopulationView>({
    districtCode: str(),
    districtName: nullableStr(),
    childrenUnderThree: int({ minimum: 1 }),
    updatedAt: dateTime(),
  }),
  DashboardRebuild: objectSchema<DashboardRebuildView>({
    eventsRead: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Events read per stream.' },
    eventsApplied: int({ minimum: 0 }),
    tookMs: int({ minimum: 0 }),
    rebuiltAt: dateTime(),
  }),
};
