import { hostname } from 'node:os';
import type { INestApplication } from '@nestjs/common';
import { healthPingSubject, instanceToken, perInstanceSubject } from '@alliance/contracts';
import { PipelineRpc } from '@alliance/contracts/pipeline';
import { ModuleRef } from '@nestjs/core';
import { throwError, type Observable } from 'rxjs';
import { PipelineRpcHandlers } from '../pipeline/pipeline-rpc.handlers';
import { PrefixedNatsServer, type PrefixedNatsServerOptions } from './prefixed-nats-server';
import { RpcErrorFilter } from './rpc-error.filter';
import { createRpcValidationPipe } from './rpc-validation.pipe';
import { toRpcError } from './to-rpc-error';
import { drainOnSignals } from '../shutdown/drain-on-signals';

export interface RpcServerOptions extends PrefixedNatsServerOptions {
  /** The service name used for the built-in `<service>.health.ping`, `<service>.pipeline.status` and `<service>.dead-letter.*` subjects. */
  service?: string;
  /** Own SIGTERM/SIGINT (default true); tests that host a server in-process turn it off. */
  drainOnSignals?: boolean;
  /** This process among the service's instances (default: HOSTNAME, a pod's name on Kubernetes). */
  instance?: string;
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
 * SIGTERM/SIGINT drain and exit (see drainOnSignals).
 */
export async function startRpcServer(
  app: INestApplication,
  options: RpcServerOptions,
): Promise<PrefixedNatsServer> {
  const service = options.service ?? options.queue;
  const server = new PrefixedNatsServer(options);
  const startedAt = new Date().toISOString();
  const instance = instanceToken(options.instance ?? process.env.HOSTNAME ?? hostname());
  const ping = guarded(async () => ({ service, status: 'ok', startedAt, instance }));
  server.addHandler(healthPingSubject(service), ping);

  // `<service>.pipeline.status` and `<service>.dead-letter.*` (list, replay, discard): wherever MessagingModule is.
  const pipeline = tryGet(app, PipelineRpcHandlers);
  const handlers = pipeline?.handlers(service) ?? [];
  for (const [subject, handler] of handlers) server.addHandler(subject, guarded(handler));

  // The health ping and the pipeline status again, answered by this process alone: what a readiness probe in
  // its pod asks (tools/runtime/service-ready.js), since any instance answers the shared subjects.
  server.addHandler(perInstanceSubject(healthPingSubject(service), instance), ping, false, {
    perInstance: true,
  });
  const status = handlers.find(([subject]) => subject === PipelineRpc.status(service));
  if (status)
    server.addHandler(perInstanceSubject(status[0], instance), guarded(status[1]), false, {
      perInstance: true,
    });

  app.useGlobalPipes(createRpcValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter());
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  if (options.drainOnSignals !== false) drainOnSignals(app);
  await app.startAllMicroservices();
  await server.subscribed();
  await app.init();
  return server;
}

function tryGet<T>(app: INestApplication, token: new (...args: never[]) => T): T | undefined {
  // ModuleRef, not the app: the app proxy aborts the process on an unknown provider.
  try {
    return app.get(ModuleRef).get(token, { strict: false });
  } catch {
    return undefined;
  }
}
