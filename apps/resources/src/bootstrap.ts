import { startService, type ServiceConfig, type StartServiceOptions } from '@alliance/messaging';
import type { INestApplication } from '@nestjs/common';
import { ResourcesModule } from './resources.module';

/** Starts the resources service; used by main.ts and by tests that run the service in-process. */
export function startResources(
  config: ServiceConfig,
  options?: StartServiceOptions,
): Promise<INestApplication> {
  return startService(ResourcesModule.forRoot(config), config, options);
}
