import type { RpcRequest } from '@alliance/contracts';
import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { toRpcError } from '../rpc/to-rpc-error';

/**
 * The structured logger every service uses: pino JSON lines with the service's name, and for each RPC the
 * gateway's request id as `reqId`, so one request can be followed from the HTTP log line through the
 * service's lines to the events it caused (their `correlationId`).
 */
export function serviceLoggerModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: { level, base: { service } },
    microservice: {
      genReqId: (context) =>
        context.switchToRpc().getData<Partial<RpcRequest> | undefined>()?.requestId ?? 'none',
      // An answered RPC or a refusal (validation, conflict…) is routine: debug, or readiness pings every
      // few seconds would drown the info log. Only what became INTERNAL is an error worth a line.
      customLogLevel: (_context, error) => (error && toRpcError(error).unexpected ? 'error' : 'debug'),
      quietRpcLogger: true,
    },
  });
}
