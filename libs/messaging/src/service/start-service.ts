import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { startRpcServer } from '../rpc/start-rpc-server';
import type { ServiceConfig } from './service-config';

export interface StartServiceOptions {
  /** Own SIGTERM/SIGINT (default true); tests that host a service in-process turn it off. */
  drainOnSignals?: boolean;
}

/**
 * Starts a service: migrates its schema, ensures its stream, starts relay and consumers, and serves its
 * RPC subjects (queue group = service name). Used by main.ts and by tests that run a service in-process.
 */
export async function startService(
  rootModule: DynamicModule,
  config: ServiceConfig,
  options: StartServiceOptions = {},
): Promise<INestApplication> {
  // Buffered until the pino logger is resolved, so even start-up lines are structured.
  const app = await NestFactory.create(rootModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  try {
    await startRpcServer(app, {
      natsUrl: config.natsUrl,
      subjectPrefix: config.subjectPrefix,
      queue: config.service,
      service: config.service,
      ...(options.drainOnSignals === undefined ? {} : { drainOnSignals: options.drainOnSignals }),
    });
  } catch (error) {
    app.flushLogs();
    await app.close().catch(() => undefined);
    throw error;
  }
  logger.log(`serving ${config.subjectPrefix}${config.service}.* (schema ${config.schema})`, 'Service');
  return app;
}

/** The body of a service's main.ts: start from the environment, or say why not and exit 1. */
export function runService(service: string, start: () => Promise<INestApplication>): void {
  start().catch((error: unknown) => {
    // The logger may not be up yet; the launcher shows stderr.
    process.stderr.write(
      `${service} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
