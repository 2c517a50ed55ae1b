import { startService, type ServiceConfig, type StartServiceOptions } from '@alliance/messaging';
import type { INestApplication } from '@nestjs/common';
import { ComplianceModule, type ComplianceOptions } from './compliance.module';

/** Starts the compliance service; used by main.ts and by tests that run the service in-process. */
export function startCompliance(
  config: ServiceConfig,
  options?: StartServiceOptions,
  compliance?: ComplianceOptions,
): Promise<INestApplication> {
  return startService(ComplianceModule.forRoot(config, compliance), config, options);
}
