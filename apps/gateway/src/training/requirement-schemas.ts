import type { SchemaObject } from '@nestjs/swagger';
import {
  COURSE_CATEGORIES,
  REQUIREMENT_STATUSES,
  type RequirementCourseView,
  type RequirementSessionView,
  type TrainingRequirementPage,
  type TrainingRequirementView,
} from '@alliance/contracts/training';
import { arrayOf, ref } from '../openapi/api-docs.decorators';
import { dateTime, int, nullableStr, objectSchema, oneOf, str, uuid } from '../openapi/typed-schema';

/** Response schemas of the training requirement routes, tied to the contract interfaces (see typed-schema.ts). */
export const REQUIREMENT_SCHEMAS: Record<string, SchemaObject> = {
  RequirementSession: objectSchema<RequirementSessionView>({
    id: uuid(),
    startsAt: dateTime(),
    endsAt: dateTime(),
    enrolmentClosesAt: dateTime(),
    location: ref('Location'),
    capacity: int({ minimum: 1 }),
    freeSeats: int({ minimum: 1, description: 'Seats not yet confirmed, as of the request.' }),
  }),
  RequirementCourse: objectSchema<RequirementCourseView>({
    id: uuid(),
    code: str(),
    title: str(),
    creditHours: { type: 'number' },
    sessions: arrayOf(ref('RequirementSession')),
  }),
  TrainingRequirement: objectSchema<TrainingRequirementView>({
    id: uuid(),
    organisationId: uuid(),
    organisationName: nullableStr(),
    category: oneOf(COURSE_CATEGORIES),
    findingId: uuid(),
    actionId: uuid(),
    auditId: uuid(),
    criterionCode: str(),
    severity: oneOf(['critical', 'major', 'minor']),
    raisedAt: dateTime(),
    dueDate: { type: 'string', format: 'date', description: 'The corrective action’s due date.' },
    status: oneOf(REQUIREMENT_STATUSES, {
      description:
        'open → met (certificates reached the corrective action as evidence) → closed (the inspector closed it); ' +
        'withdrawn when the action closed otherwise.',
    }),
    statusReason: nullableStr(),
    certificateIds: arrayOf(uuid()),
    updatedAt: dateTime(),
    courses: arrayOf(ref('RequirementCourse')),
  }),
  TrainingRequirementPage: objectSchema<TrainingRequirementPage>({
    items: arrayOf(ref('TrainingRequirement')),
    nextCursor: nullableStr({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  }),
};
