import { CreateCoordination1765400000000 } from './1765400000000-create-coordination';
import { PublishedStandards1765400100000 } from './1765400100000-published-standards';

/** In order; run after the messaging tables. */
export const coordinationMigrations = [CreateCoordination1765400000000, PublishedStandards1765400100000];
