import type { SchemaObject } from '@nestjs/swagger';
import { GRADES } from '@alliance/contracts/compliance';
import {
  AFFORDABLE_DESIGNATION_DECISIONS,
  AFFORDABLE_DESIGNATION_STATUSES,
  ALLIANCE_ROLES,
  MEMBER_STATUSES,
  ORGANISATION_KINDS,
  OWNERSHIP_TYPES,
  WORKING_GROUP_STATUSES,
  type AffordableDesignationReview,
  type DistrictFigures,
  type DistrictFiguresView,
  type DistrictView,
  type MemberContact,
  type MemberDetail,
  type MemberGrade,
  type MemberHistoryEntry,
  type MemberPage,
  type MemberSummary,
  type MemberView,
  type WorkingGroupMemberView,
  type WorkingGroupView,
} from '@alliance/contracts/membership';
import { arrayOf, ref } from '../openapi/api-docs.decorators';
import {
  countsBy,
  dateTime,
  int,
  nullableStr,
  objectSchema,
  oneOf,
  str,
  uuid,
} from '../openapi/typed-schema';

const summary: { [K in keyof MemberSummary]-?: SchemaObject } = {
  id: uuid(),
  name: str({ description: 'Registered Chinese name.' }),
  nameEn: nullableStr(),
  creditCode: str({ description: '统一社会信用代码 (18 characters).' }),
  kind: oneOf(ORGANISATION_KINDS),
  ownership: oneOf(OWNERSHIP_TYPES),
  districtCode: str(),
  districtName: str(),
  allianceRole: oneOf(ALLIANCE_ROLES),
  status: oneOf(MEMBER_STATUSES),
  licensedPlaces: int({ minimum: 0 }),
  affordablePlaces: int({ minimum: 0, description: '普惠托位; never more than licensedPlaces.' }),
  affordableDesignation: oneOf(AFFORDABLE_DESIGNATION_STATUSES, {
    description:
      'The affordable-place designation: `under_review` after a failed audit (grade `fail` or D) until an ' +
      'admin keeps or revokes it; `revoked` leaves 0 affordable places; `none` when it offers none.',
  }),
  appliedAt: dateTime(),
  version: int({ minimum: 1, description: 'Send as `expectedVersion` with the next change.' }),
};

const view = {
  ...summary,
  address: str(),
  contacts: arrayOf(ref('MemberContact')),
  statusChangedAt: dateTime(true),
  updatedAt: dateTime(),
  previousApplicationId: {
    ...uuid(),
    nullable: true,
    description: 'The earlier record with the same credit code when this is an application made again.',
  },
  affordableDesignationReview: {
    type: 'object',
    nullable: true,
    allOf: [ref('AffordableDesignationReview')],
    description:
      'The latest review of the affordable-place designation (open or decided); null if none ever was.',
  } as SchemaObject,
};

const CONTACTS_NOTE =
  '`contacts` is left out unless the caller may read them: admins, inspectors and trainers always; ' +
  'a member_rep only for its own organisation; a viewer never.';

const figures = {
  membersByStatus: countsBy(MEMBER_STATUSES),
  admittedByKind: countsBy(ORGANISATION_KINDS),
  licensedPlaces: int({ description: 'Of admitted organisations.' }),
  affordablePlaces: int({ description: 'Of admitted organisations.' }),
};

/** Response schemas of the membership routes, tied to the contract interfaces (see typed-schema.ts). */
export const MEMBERSHIP_SCHEMAS: Record<string, SchemaObject> = {
  MemberContact: objectSchema<MemberContact>({
    name: str(),
    role: str(),
    phone: str(),
    email: nullableStr({ format: 'email' }),
  }),
  MemberSummary: objectSchema<MemberSummary>(summary, {
    description: 'One row of a member list (no contacts).',
  }),
  MemberView: objectSchema<MemberView>(view, { description: CONTACTS_NOTE, optional: ['contacts'] }),
  MemberHistoryEntry: objectSchema<MemberHistoryEntry>({
    action: oneOf([
      'applied',
      'admitted',
      'rejected',
      'suspended',
      'reinstated',
      'withdrawn',
      'expelled',
      'profile-updated',
      'affordable-designation-review-opened',
      'affordable-designation-kept',
      'affordable-designation-revoked',
    ]),
    fromStatus: oneOf(MEMBER_STATUSES, { nullable: true }),
    toStatus: oneOf(MEMBER_STATUSES),
    reason: nullableStr(),
    actor: {
      type: 'object',
      required: ['id', 'role'],
      properties: { id: str(), role: nullableStr() },
    },
    version: int(),
    at: dateTime(),
    correlationId: str({ description: 'Request id of the request that made the change.' }),
  }),
  MemberDetail: objectSchema<MemberDetail>(
    { ...view, history: arrayOf(ref('MemberHistoryEntry')), grades: arrayOf(ref('MemberGrade')) },
    {
      description: `${CONTACTS_NOTE} History is oldest first; grades are the latest per standard.`,
      optional: ['contacts'],
    },
  ),
  MemberGrade: objectSchema<MemberGrade>({
    standardCode: str(),
    standardId: uuid(),
    grade: oneOf(GRADES, { description: '`fail`: a veto criterion (一票否决) failed.' }),
    score: str({ description: 'Exact decimal of the standard’s total, e.g. "823.53".' }),
    auditId: uuid(),
    gradedAt: dateTime(),
  }),
  AffordableDesignationReview: objectSchema<AffordableDesignationReview>(
    {
      auditId: { ...uuid(), description: 'The compliance audit whose grade opened the review.' },
      standardCode: str(),
      grade: oneOf(GRADES),
      openedAt: dateTime(),
      decision: oneOf(AFFORDABLE_DESIGNATION_DECISIONS, {
        nullable: true,
        description: 'Null while the admins have not decided.',
      }),
      reason: nullableStr(),
      decidedAt: dateTime(true),
      decidedBy: nullableStr({ description: 'Account id of the admin who decided.' }),
      affordablePlaces: int({ minimum: 0, description: 'Affordable places when the review was opened.' }),
    },
    {
      description:
        'A failed audit puts the designation before the admins. A later passing grade (an amendment, the ' +
        'next audit) does not close it: the admins decide.',
    },
  ),
  MemberPage: objectSchema<MemberPage>({
    items: arrayOf(ref('MemberSummary')),
    nextCursor: nullableStr({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  }),
  District: objectSchema<DistrictView>({
    code: str(),
    name: str(),
    sortOrder: int(),
    active: { type: 'boolean' },
  }),
  DistrictFigures: objectSchema<DistrictFigures>({ districtCode: str(), districtName: str(), ...figures }),
  DistrictFiguresView: objectSchema<DistrictFiguresView>({
    districts: arrayOf(ref('DistrictFigures')),
    total: { type: 'object', required: Object.keys(figures), properties: figures },
  }),
  WorkingGroupMember: objectSchema<WorkingGroupMemberView>({
    organisationId: uuid(),
    organisationName: str(),
    role: oneOf(['chair', 'member']),
    addedAt: dateTime(),
  }),
  WorkingGroup: objectSchema<WorkingGroupView>({
    id: uuid(),
    name: str(),
    description: nullableStr(),
    chairOrganisationId: { ...uuid(), nullable: true, description: 'Null while the group has no chair.' },
    chairOrganisationName: nullableStr(),
    needsChair: {
      type: 'boolean',
      description:
        'Active and without a chair (its chair withdrew or was expelled): an admin is to name one.',
    },
    status: oneOf(WORKING_GROUP_STATUSES),
    formedAt: dateTime(),
    dissolvedAt: dateTime(true),
    dissolutionReason: nullableStr(),
    version: int(),
    members: arrayOf(ref('WorkingGroupMember')),
  }),
};
