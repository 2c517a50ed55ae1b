import { CreateTraining1765000000000 } from './1765000000000-create-training';
import { SessionVenue1765000100000 } from './1765000100000-session-venue';
import { CreateTrainingRequirement1765000200000 } from './1765000200000-create-training-requirement';

/** In order; run after the messaging tables. */
export const trainingMigrations = [
  CreateTraining1765000000000,
  SessionVenue1765000100000,
  CreateTrainingRequirement1765000200000,
];
