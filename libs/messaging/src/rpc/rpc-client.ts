import { randomUUID } from 'node:crypto';
import {
  headers as natsHeaders,
  NoRespondersError,
  RequestError,
  TimeoutError,
  type NatsConnection,
} from '@nats-io/transport-node';
import { ErrorCode, HEADER_REQUEST_ID, isRpcErrorPayload } from '@alliance/contracts';
import { RpcCallError } from './rpc-call-error';

export interface RpcClientOptions {
  subjectPrefix?: string;
  /** Every call has a deadline (default 5000 ms). */
  timeoutMs?: number;
}

export interface SendOptions {
  timeoutMs?: number;
  requestId?: string;
}

interface NestReply {
  id?: string;
  response?: unknown;
  err?: unknown;
  isDisposed?: boolean;
}

/**
 * Request-reply in the wire format of Nest's NATS transport (`{ pattern, data, id }`), with a
 * deadline on every call and the absence of a responder reported at once as SERVICE_UNAVAILABLE.
 */
export class RpcClient {
  private readonly subjectPrefix: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly nc: NatsConnection,
    options: RpcClientOptions = {},
  ) {
    this.subjectPrefix = options.subjectPrefix ?? '';
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  async send<TResult>(subject: string, data: unknown, options: SendOptions = {}): Promise<TResult> {
    const timeout = options.timeoutMs ?? this.timeoutMs;
    const h = natsHeaders();
    const requestId = options.requestId ?? (data as { requestId?: string } | null)?.requestId ?? randomUUID();
    h.set(HEADER_REQUEST_ID, requestId);
    const packet = JSON.stringify({ pattern: subject, data, id: randomUUID() });
    let replyData: Uint8Array;
    try {
      const reply = await this.nc.request(`${this.subjectPrefix}${subject}`, packet, { timeout, headers: h });
      replyData = reply.data;
    } catch (error) {
      throw this.unanswered(subject, error, timeout);
    }
    if (replyData.length === 0) {
      throw new RpcCallError(subject, {
        code: ErrorCode.ServiceUnavailable,
        message: `no service answers ${subject}`,
      });
    }
    const reply = JSON.parse(Buffer.from(replyData).toString('utf8')) as NestReply;
    if (reply.err !== undefined && reply.err !== null) {
      throw new RpcCallError(
        subject,
        isRpcErrorPayload(reply.err)
          ? reply.err
          : {
              code: ErrorCode.Internal,
              message: typeof reply.err === 'string' ? reply.err : 'the service failed',
            },
      );
    }
    return reply.response as TResult;
  }

  private unanswered(subject: string, error: unknown, timeout: number): RpcCallError {
    const noResponders =
      error instanceof NoRespondersError ||
      (error instanceof RequestError && error.isNoResponders()) ||
      error instanceof NoRespondersError;
    if (noResponders) {
      return new RpcCallError(subject, {
        code: ErrorCode.ServiceUnavailable,
        message: `no service is serving ${subject}`,
      });
    }
    if (
      error instanceof TimeoutError ||
      (error instanceof RequestError && error.cause instanceof TimeoutError)
    ) {
      return new RpcCallError(subject, {
        code: ErrorCode.Timeout,
        message: `no answer to ${subject} within ${timeout} ms`,
      });
    }
    return new RpcCallError(subject, {
      code: ErrorCode.ServiceUnavailable,
      message: `messaging is unavailable: ${(error as Error)?.message ?? String(error)}`,
    });
  }
}
