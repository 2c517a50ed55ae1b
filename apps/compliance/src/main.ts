import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@alliance/messaging';
import { startCompliance } from './bootstrap';
import { COMPLIANCE_SERVICE } from './compliance.module';

runService(COMPLIANCE_SERVICE, () => startCompliance(serviceConfigFromEnv(COMPLIANCE_SERVICE)));
