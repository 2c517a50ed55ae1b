import { CreateDashboard1765300000000 } from './1765300000000-create-dashboard';
import { DistrictFigures1765300100000 } from './1765300100000-district-figures';

/** In order; run after the messaging tables. */
export const dashboardMigrations = [CreateDashboard1765300000000, DistrictFigures1765300100000];
