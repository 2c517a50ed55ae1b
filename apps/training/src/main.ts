import 'reflect-metadata';
import { runService, serviceConfigFromEnv } from '@alliance/messaging';
import { startTraining } from './bootstrap';
import { TRAINING_SERVICE } from './training.module';

runService(TRAINING_SERVICE, () => startTraining(serviceConfigFromEnv(TRAINING_SERVICE)));
