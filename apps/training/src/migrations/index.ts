import { CreateTraining1765000000000 } from './1765000000000-create-training';

/** In order; run after the messaging tables. */
export const trainingMigrations = [CreateTraining1765000000000];
