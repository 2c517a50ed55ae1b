import { startService, type ServiceConfig, type StartServiceOptions } from '@alliance/messaging';
import type { INestApplication } from '@nestjs/common';
import { CoordinationModule, type CoordinationOptions } from './coordination.module';

/** Starts the coordination service; used by main.ts and by tests that run the service in-process. */
export function startCoordination(
  config: ServiceConfig,
  options?: StartServiceOptions,
  coordination?: CoordinationOptions,
): Promise<INestApplication> {
  return startService(CoordinationModule.forRoot(config, coordination), config, options);
}
