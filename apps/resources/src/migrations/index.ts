import { CreateResources1765100000000 } from './1765100000000-create-resources';
import { OnBehalfRelease1765100100000 } from './1765100100000-on-behalf-release';

/** In order; run after the messaging tables. */
export const resourcesMigrations = [CreateResources1765100000000, OnBehalfRelease1765100100000];
