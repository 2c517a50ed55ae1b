import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@alliance/messaging';
import { startDashboard } from './bootstrap';
import { DASHBOARD_SERVICE } from './dashboard.module';

runService(DASHBOARD_SERVICE, () => startDashboard(serviceConfigFromEnv(DASHBOARD_SERVICE)));
