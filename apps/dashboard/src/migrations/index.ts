import { CreateDashboard1765300000000 } from './1765300000000-create-dashboard';

/** In order; run after the messaging tables. */
export const dashboardMigrations = [CreateDashboard1765300000000];
