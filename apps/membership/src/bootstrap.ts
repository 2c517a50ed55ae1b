import { startRpcServer } from '@alliance/messaging';
import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { MembershipConfig } from './membership-config';
import { MEMBERSHIP_SERVICE, MembershipModule } from './membership.module';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

function nestLogLevels(level: string): LogLevel[] {
  const named: Record<string, LogLevel> = { info: 'log', trace: 'verbose', silent: 'fatal' };
  const wanted = named[level] ?? (LEVELS.includes(level as LogLevel) ? (level as LogLevel) : 'log');
  return LEVELS.slice(0, LEVELS.indexOf(wanted) + 1);
}

/**
 * Starts the membership service: migrates its schema, ensures its stream, starts the outbox relay and
 * serves its RPC subjects. Used by main.ts and by tests that run the service in-process.
 */
export async function startMembership(config: MembershipConfig): Promise<INestApplication> {
  const app = await NestFactory.create(MembershipModule.forRoot(config), { logger: nestLogLevels(config.logLevel) });
  try {
    await startRpcServer(app, {
      natsUrl: config.natsUrl,
      subjectPrefix: config.subjectPrefix,
      queue: MEMBERSHIP_SERVICE,
      service: MEMBERSHIP_SERVICE,
    });
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  new Logger('Membership').log(`serving ${config.subjectPrefix}${MEMBERSHIP_SERVICE}.* (schema ${config.schema})`);
  return app;
}
