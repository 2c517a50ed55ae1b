import { Injectable } from '@nestjs/common';
import { ErrorCode, type RpcRequest } from '@alliance/contracts';
import { RpcCallError, RpcClient } from '@alliance/messaging';
import { ApiProblem } from '../http/problem-details';
import type { RequestContext } from '../http/request-context';

/** `membership.member.admit` → `membership`. */
export function serviceOfSubject(subject: string): string {
  return subject.split('.')[0];
}

/**
 * Forwards a command or query to the service that owns it, as `{ requestId, caller, body }`; the
 * request id also travels in the NATS headers (RpcClient sets them from the payload). A service that
 * is down or too slow becomes a problem that says which service, so clients and operators know what
 * to wait for.
 */
@Injectable()
export class ServiceForwarder {
  constructor(private readonly rpc: RpcClient) {}

  async send<TResult>(subject: string, ctx: RequestContext, body: unknown): Promise<TResult> {
    try {
      return await this.rpc.send<TResult>(subject, rpcRequest(ctx, body), { requestId: ctx.requestId });
    } catch (error) {
      throw clarifyUnanswered(subject, error);
    }
  }

  /** The answer as JSON text, for a route that returns it as it is (see RpcClient.sendForJson). */
  async sendForJson(subject: string, ctx: RequestContext, body: unknown): Promise<string> {
    try {
      return await this.rpc.sendForJson(subject, rpcRequest(ctx, body), { requestId: ctx.requestId });
    } catch (error) {
      throw clarifyUnanswered(subject, error);
    }
  }
}

function rpcRequest(ctx: RequestContext, body: unknown): RpcRequest {
  const { caller } = ctx;
  return {
    requestId: ctx.requestId,
    caller: {
      userId: caller.userId,
      username: caller.username,
      role: caller.role,
      organisationId: caller.organisationId,
    },
    body,
  };
}

export function clarifyUnanswered(subject: string, error: unknown): unknown {
  if (!(error instanceof RpcCallError)) return error;
  const service = serviceOfSubject(subject);
  switch (error.payload.code) {
    case ErrorCode.ServiceUnavailable:
      return new ApiProblem(
        ErrorCode.ServiceUnavailable,
        `The ${service} service is not available right now (${error.payload.message}); try again later.`,
        [],
        { service },
      );
    case ErrorCode.Timeout:
      return new ApiProblem(
        ErrorCode.Timeout,
        `The ${service} service did not answer in time (${error.payload.message}); the request may or may not have been applied.`,
        [],
        { service },
      );
    default:
      return error;
  }
}
