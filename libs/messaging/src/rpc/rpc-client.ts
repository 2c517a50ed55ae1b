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
import { RAW_RESPONSE_MARKER } from './rpc-reply.serializer';

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
  /**
   * False between a 'disconnect' and the next 'reconnect'. The client keeps reconnecting by itself, but
   * a request made meanwhile would be buffered and wait out its whole timeout; it fails at once instead.
   */
  private connected = true;
  private readonly onDisconnect = new Set<() => void>();

  constructor(
    private readonly nc: NatsConnection,
    options: RpcClientOptions = {},
  ) {
    this.subjectPrefix = options.subjectPrefix ?? '';
    this.timeoutMs = options.timeoutMs ?? 5000;
    void this.followConnection();
  }

  private async followConnection(): Promise<void> {
    try {
      // The iterator ends when the connection closes.
      for await (const status of this.nc.status()) {
        if (status.type === 'disconnect' || status.type === 'staleConnection') {
          this.connected = false;
          for (const listener of [...this.onDisconnect]) listener();
        } else if (status.type === 'reconnect') {
          this.connected = true;
        }
      }
    } catch {
      // A status iterator does not fail; if it ever did, `isClosed()` still guards every call.
    }
  }

  async send<TResult>(subject: string, data: unknown, options: SendOptions = {}): Promise<TResult> {
    return this.answerOf(
      subject,
      JSON.parse(await this.exchange(subject, data, options)) as NestReply,
    ) as TResult;
  }

  /**
   * The answer as JSON text, for a caller that passes it on unread (the gateway, to HTTP): an answer the
   * service sent as RawJson is cut out of the reply without being parsed; any other is re-serialised.
   */
  async sendForJson(subject: string, data: unknown, options: SendOptions = {}): Promise<string> {
    const text = await this.exchange(subject, data, options);
    const at = text.indexOf(RAW_RESPONSE_MARKER);
    if (at > 0) {
      // The head parses only when the marker is a key of the reply itself (RpcReplySerializer writes
      // it last), not a key somewhere inside an ordinary answer.
      const head = tryParse(`${text.slice(0, at)}}`) as NestReply | undefined;
      if (head && (head.err === undefined || head.err === null)) {
        return text.slice(at + RAW_RESPONSE_MARKER.length, -1);
      }
    }
    return JSON.stringify(this.answerOf(subject, JSON.parse(text) as NestReply) ?? null);
  }

  /** Sends the request and returns the reply's text (a service's answer or error, in Nest's format). */
  private async exchange(subject: string, data: unknown, options: SendOptions): Promise<string> {
    const timeout = options.timeoutMs ?? this.timeoutMs;
    if (!this.connected || this.nc.isClosed()) {
      // Nothing was sent: the request was certainly not applied.
      throw new RpcCallError(subject, {
        code: ErrorCode.ServiceUnavailable,
        message: 'NATS is not connected (reconnecting)',
      });
    }
    const h = natsHeaders();
    const requestId = options.requestId ?? (data as { requestId?: string } | null)?.requestId ?? randomUUID();
    h.set(HEADER_REQUEST_ID, requestId);
    const packet = JSON.stringify({ pattern: subject, data, id: randomUUID() });
    let replyData: Uint8Array;
    let lost: (() => void) | undefined;
    try {
      const request = this.nc.request(`${this.subjectPrefix}${subject}`, packet, { timeout, headers: h });
      // A request in flight when the connection drops would otherwise wait out its timeout too; its
      // outcome is unknown (the service may have received it), as after a timeout.
      const connectionLost = new Promise<never>((_, reject) => {
        lost = () =>
          reject(
            new RpcCallError(subject, {
              code: ErrorCode.Timeout,
              message: `the NATS connection was lost before ${subject} was answered`,
            }),
          );
        this.onDisconnect.add(lost);
      });
      request.catch(() => undefined);
      const reply = await Promise.race([request, connectionLost]);
      replyData = reply.data;
    } catch (error) {
      if (error instanceof RpcCallError) throw error;
      throw this.unanswered(subject, error, timeout);
    } finally {
      if (lost) this.onDisconnect.delete(lost);
    }
    if (replyData.length === 0) {
      throw new RpcCallError(subject, {
        code: ErrorCode.ServiceUnavailable,
        message: `no service answers ${subject}`,
      });
    }
    // Decoded in place: Buffer.from(aUint8Array) would copy the whole reply first (a page of members).
    return Buffer.from(replyData.buffer, replyData.byteOffset, replyData.byteLength).toString('utf8');
  }

  private answerOf(subject: string, reply: NestReply): unknown {
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
    return reply.response;
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

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
