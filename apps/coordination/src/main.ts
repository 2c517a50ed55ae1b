import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@alliance/messaging';
import { startCoordination } from './bootstrap';
import { COORDINATION_SERVICE } from './coordination.module';

runService(COORDINATION_SERVICE, () => startCoordination(serviceConfigFromEnv(COORDINATION_SERVICE)));
