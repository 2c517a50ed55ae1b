import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@alliance/messaging';
import { startMembership } from './bootstrap';
import { MEMBERSHIP_SERVICE } from './membership.module';

runService(MEMBERSHIP_SERVICE, () => startMembership(serviceConfigFromEnv(MEMBERSHIP_SERVICE)));
