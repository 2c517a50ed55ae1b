import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@alliance/messaging';
import { startResources } from './bootstrap';
import { RESOURCES_SERVICE } from './resources.module';

runService(RESOURCES_SERVICE, () => startResources(serviceConfigFromEnv(RESOURCES_SERVICE)));
