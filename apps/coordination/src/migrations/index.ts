import { CreateCoordination1765400000000 } from './1765400000000-create-coordination';
import { PublishedStandards1765400100000 } from './1765400100000-published-standards';
import { Attachments1765402000000 } from './1765402000000-attachments';
import { MeetingVenue1765402100000 } from './1765402100000-meeting-venue';
import { StandardCriteria1765402200000 } from './1765402200000-standard-criteria';
import { Tasks1765401000000 } from './1765401000000-tasks';

/** In order; run after the messaging tables. */
export const coordinationMigrations = [
  CreateCoordination1765400000000,
  PublishedStandards1765400100000,
  Tasks1765401000000,
  Attachments1765402000000,
  MeetingVenue1765402100000,
  StandardCriteria1765402200000,
];
