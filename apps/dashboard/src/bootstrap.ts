import { startService, type ServiceConfig, type StartServiceOptions } from '@alliance/messaging';
import type { INestApplication } from '@nestjs/common';
import { DashboardModule } from './dashboard.module';

/** Starts the dashboard service; used by main.ts and by tests that run the service in-process. */
export function startDashboard(config: ServiceConfig, options?: StartServiceOptions): Promise<INestApplication> {
  return startService(DashboardModule.forRoot(config), config, options);
}
