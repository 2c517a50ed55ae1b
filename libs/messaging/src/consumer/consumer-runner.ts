import { jetstream, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { applyOnce } from './event-applier';
import { decodeEnvelope, validateEventData } from './event-decoder';
import { PermanentEventError } from './permanent-event-error';
import type { RegisteredHandler } from './event-handler-registry';
import { recordDeadLetter } from '../dead-letter/dead-letter.store';
import type { StreamProvisioner } from '../nats/stream-provisioner';
import type { ConsumerOptions } from '../messaging-options';
import type { RelayLogger } from '../outbox/outbox-relay';

export interface ConsumerRunnerConfig extends ConsumerOptions {
  dataSource: DataSource;
  nc: NatsConnection;
  provisioner: StreamProvisioner;
  /** The consuming service: durable name and inbox key. */
  service: string;
  /** The producing context whose stream is consumed. */
  context: string;
  handlerFor: (type: string) => RegisteredHandler | undefined;
  logger?: RelayLogger;
}

export interface ConsumerStats {
  applied: number;
  duplicates: number;
  deadLettered: number;
  retried: number;
}

/**
 * One durable pull consumer: decode → inbox + reaction in one transaction → ack after commit.
 * Transient failures are nak'ed with a growing delay; invalid events, and events that failed
 * `maxDeliver` times, are dead-lettered and terminated so that they never block the stream.
 */
export class ConsumerRunner {
  readonly stats: ConsumerStats = { applied: 0, duplicates: 0, deadLettered: 0, retried: 0 };
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private stopping = false;
  private stream = '';
  private readonly maxDeliver: number;

  constructor(private readonly config: ConsumerRunnerConfig) {
    this.maxDeliver = config.maxDeliver ?? 5;
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.stream = await this.config.provisioner.ensureDurableConsumer({
      context: this.config.context,
      durable: this.config.service,
      maxDeliver: this.maxDeliver,
      ackWaitMs: this.config.ackWaitMs ?? 30_000,
    });
    await this.subscribe();
  }

  /** Stops pulling, lets the event in hand finish and be acked, and hands back what was buffered. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close().catch(() => undefined);
    await this.loop;
  }

  private async subscribe(): Promise<void> {
    const consumer = await jetstream(this.config.nc).consumers.get(this.stream, this.config.service);
    this.messages = await consumer.consume({ max_messages: this.config.batch ?? 64 });
    this.loop = this.run(this.messages);
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const message of messages) {
        if (this.stopping) {
          message.nak(); // not started: let another instance (or our restart) take it at once
          continue;
        }
        await this.process(message);
      }
    } catch (error) {
      this.config.logger?.warn(`consumer ${this.config.service}/${this.stream} stopped: ${(error as Error).message}`);
    }
    if (!this.stopping) {
      // The iterator ended without being asked to (consumer deleted, connection closed): try again.
      setTimeout(() => void this.resubscribe(), 1000).unref();
    }
  }

  private async resubscribe(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.start();
    } catch (error) {
      this.config.logger?.warn(`consumer ${this.config.service} cannot resubscribe: ${(error as Error).message}`);
      setTimeout(() => void this.resubscribe(), 2000).unref();
    }
  }

  private async process(message: JsMsg): Promise<void> {
    const deliveries = message.info.deliveryCount;
    let envelope: ReturnType<typeof decodeEnvelope> | undefined;
    try {
      envelope = decodeEnvelope(message.data);
      const handler = this.config.handlerFor(envelope.type);
      if (!handler) {
        message.ack(); // an event of this context that this service does not react to
        return;
      }
      validateEventData(envelope, handler.dataClass);
      const outcome = await applyOnce(this.config.dataSource, this.config.service, envelope, handler.reaction);
      this.stats[outcome === 'applied' ? 'applied' : 'duplicates'] += 1;
      message.ack();
    } catch (error) {
      const permanent = error instanceof PermanentEventError;
      if (permanent || deliveries >= this.maxDeliver) {
        await this.deadLetter(message, envelope, error as Error, deliveries);
      } else {
        this.stats.retried += 1;
        message.nak(this.redeliveryDelay(deliveries));
      }
    }
  }

  private async deadLetter(message: JsMsg, envelope: { eventId: string; type: string } | undefined, error: Error, deliveries: number): Promise<void> {
    try {
      await recordDeadLetter(this.config.dataSource, {
        consumer: this.config.service,
        stream: this.stream,
        subject: message.subject,
        streamSeq: message.seq,
        eventId: envelope?.eventId ?? null,
        eventType: envelope?.type ?? null,
        payload: message.data,
        error: error.message,
        deliveries,
      });
      this.stats.deadLettered += 1;
      this.config.logger?.warn(`dead-lettered ${message.subject} #${message.seq}: ${error.message}`);
      message.term(error.message.slice(0, 200));
    } catch (storeError) {
      // Without a stored dead letter the message must not be dropped: keep it in the stream.
      this.config.logger?.error(`cannot store dead letter: ${(storeError as Error).message}`);
      message.nak(this.redeliveryDelay(deliveries));
    }
  }

  private redeliveryDelay(deliveries: number): number {
    const first = this.config.nakDelayMs ?? 500;
    return Math.min(first * 2 ** Math.max(deliveries - 1, 0), this.config.maxNakDelayMs ?? 30_000);
  }
}
