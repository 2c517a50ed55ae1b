import { startService, type ServiceConfig, type StartServiceOptions } from '@alliance/messaging';
import type { INestApplication } from '@nestjs/common';
import { TrainingModule } from './training.module';

/** Starts the training service; used by main.ts and by tests that run the service in-process. */
export function startTraining(
  config: ServiceConfig,
  options?: StartServiceOptions,
): Promise<INestApplication> {
  return startService(TrainingModule.forRoot(config), config, options);
}
