import { CreateResources1765100000000 } from './1765100000000-create-resources';

/** In order; run after the messaging tables. */
export const resourcesMigrations = [CreateResources1765100000000];
