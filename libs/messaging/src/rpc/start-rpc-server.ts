import type { INestApplication } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
import { DeadLetterService } from '../dead-letter/dead-letter.service';
import { PrefixedNatsServer, type PrefixedNatsServerOptions } from './prefixed-nats-server';
import { RpcErrorFilter } from './rpc-error.filter';
import { createRpcValidationPipe } from './rpc-validation.pipe';
import { toRpcError } from './to-rpc-error';

export interface RpcServerOptions extends PrefixedNatsServerOptions {
  /** The service name used for the built-in `<service>.health.ping` and `<service>.dead-letter.*` subjects. */
  service?: string;
}

type Handler = (data: unknown) => Promise<unknown>;

function guarded(handler: Handler): (data: unknown) => Promise<unknown | Observable<never>> {
  return async (data) => {
    try {
      return await handler(data);
    } catch (error) {
      return throwError(() => toRpcError(error).payload);
    }
  };
}

/**
 * Serves the app's @MessagePattern handlers over NATS (queue group = service), with the RPC
 * validation pipe and error filter, plus health and dead-letter subjects every service answers.
 * SIGTERM/SIGINT close the app: RPC stops first, then consumers and relay drain (rule 7).
 */
export async function startRpcServer(app: INestApplication, options: RpcServerOptions): Promise<PrefixedNatsServer> {
  const service = options.service ?? options.queue;
  const server = new PrefixedNatsServer(options);
  const startedAt = new Date().toISOString();
  server.addHandler(`${service}.health.ping`, guarded(async () => ({ service, status: 'ok', startedAt })));

  const deadLetters = tryGet(app, DeadLetterService);
  if (deadLetters) {
    server.addHandler(
      `${service}.dead-letter.list`,
      guarded(async (data) => {
        const body = ((data as { body?: Record<string, unknown> })?.body ?? {}) as {
          pendingOnly?: boolean;
          after?: string;
          limit?: number;
        };
        return deadLetters.list(body);
      }),
    );
    server.addHandler(
      `${service}.dead-letter.replay`,
      guarded(async (data) => {
        const body = ((data as { body?: { id?: unknown; payload?: unknown } })?.body ?? {});
        return deadLetters.replay(String(body.id ?? ''), body.payload);
      }),
    );
  }

  app.useGlobalPipes(createRpcValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter());
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.startAllMicroservices();
  await app.init();
  return server;
}

function tryGet<T>(app: INestApplication, token: new (...args: never[]) => T): T | undefined {
  try {
    return app.get(token, { strict: false });
  } catch {
    return undefined;
  }
}
