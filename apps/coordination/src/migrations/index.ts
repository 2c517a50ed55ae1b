import { CreateCoordination1765400000000 } from './1765400000000-create-coordination';

/** In order; run after the messaging tables. */
export const coordinationMigrations = [CreateCoordination1765400000000];
