import { CreateCompliance1765100000000 } from './1765100000000-create-compliance';

/** In order; run after the messaging tables. */
export const complianceMigrations = [CreateCompliance1765100000000];
