import { startService, type ServiceConfig, type StartServiceOptions } from '@alliance/messaging';
import type { INestApplication } from '@nestjs/common';
import { MembershipModule } from './membership.module';

/** Starts the membership service; used by main.ts and by tests that run the service in-process. */
export function startMembership(
  config: ServiceConfig,
  options?: StartServiceOptions,
): Promise<INestApplication> {
  return startService(MembershipModule.forRoot(config), config, options);
}
