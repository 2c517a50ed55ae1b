import { ServerNats } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/transport-node';
import { RpcReplySerializer } from './rpc-reply.serializer';

export interface PrefixedNatsServerOptions {
  natsUrl: string;
  subjectPrefix?: string;
  /** Queue group: instances of one service share the requests. */
  queue: string;
  name?: string;
}

/**
 * Nest's NATS transport, with every subject under a deployment prefix so that test runs and
 * deployments sharing one NATS never answer each other's requests.
 */
export class PrefixedNatsServer extends ServerNats {
  private readonly subjectPrefix: string;
  private readonly queueGroup: string;
  private subscribing: Promise<void> = Promise.resolve();

  constructor(options: PrefixedNatsServerOptions) {
    super({
      servers: options.natsUrl.split(',').map((s) => s.trim()),
      queue: options.queue,
      name: options.name ?? options.queue,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      waitOnFirstConnect: true,
      gracefulShutdown: true,
      gracePeriod: 500,
      serializer: new RpcReplySerializer(),
    });
    this.subjectPrefix = options.subjectPrefix ?? '';
    this.queueGroup = options.queue;
  }

  /**
   * Our patterns are plain subjects. Nest first tries each one as JSON (an object pattern), which
   * throws a SyntaxError, stack and all, for every message served.
   */
  override getRouteFromPattern(pattern: string): string {
    const first = pattern.charCodeAt(0);
    const maybeJson = first === 0x7b /* { */ || first === 0x5b /* [ */ || first === 0x22; /* " */
    return maybeJson ? super.getRouteFromPattern(pattern) : pattern;
  }

  override bindEvents(client: NatsConnection): void {
    // `subscriptions` is private in the typings; the base class closes them on shutdown.
    const subscriptions = (this as unknown as { subscriptions: unknown[] }).subscriptions;
    for (const [channel, handler] of this.messageHandlers) {
      const sub = client.subscribe(`${this.subjectPrefix}${channel}`, {
        // A per-instance subject is answered by its own process: no queue group.
        queue: handler.extras?.perInstance
          ? undefined
          : ((handler.extras?.queue as string | undefined) ?? this.queueGroup),
        callback: this.getMessageHandler(channel).bind(this),
      });
      subscriptions.push(sub);
    }
    // Subscriptions reach the server asynchronously; a flush's answer means it has every one of them.
    this.subscribing = client.flush();
  }

  /** Resolves once the NATS server knows every subject: before that a request may find nobody serving. */
  subscribed(): Promise<void> {
    return this.subscribing;
  }
}
