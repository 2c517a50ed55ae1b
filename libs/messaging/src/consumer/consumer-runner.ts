import { jetstream, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import type { EventEnvelope } from '@alliance/contracts';
import {
  advanceVersion,
  aggregateKind,
  applyInOrder,
  ReactionFailedError,
  type OrderedItem,
  type OrderedResult,
} from './event-applier';
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
  /** Naks after a failed reaction (transient error). */
  retried: number;
  /** Naks of an event that arrived before an earlier version of its aggregate was applied. */
  waited: number;
  /** Transactions committed (one per batch, or per event when applied alone). */
  transactions: number;
  /** Batches rolled back because a reaction failed, then applied one event per transaction. */
  split: number;
}

interface Prepared extends OrderedItem {
  message: JsMsg;
}

/**
 * One durable pull consumer: fetch → decode → inbox rows + reactions of a batch in one transaction,
 * in order per aggregate → ack each message after the commit.
 *
 * - Batching: what has been fetched (up to `batch`) is applied in one transaction. A reaction that
 *   fails rolls the batch back, and its events are then applied one per transaction, so only the
 *   failing one is retried or dead-lettered. Handlers with `{ batch: false }` always commit alone.
 * - Order (rule 4): an event is applied only when it is the next version of its aggregate for this
 *   consumer. An early one is nak'd with a delay and comes back after the one before it; a stale
 *   one (version already applied) is acked and skipped. Dead-lettering an event moves its
 *   aggregate's version past it, so the versions after it go on. An early event still waiting
 *   after twice `maxDeliver` deliveries is dead-lettered as well (its predecessor is not coming).
 * - Failure: transient errors are nak'd with a growing delay; invalid events, and events that
 *   failed `maxDeliver` times, are dead-lettered and terminated so that they never block the stream.
 */
export class ConsumerRunner {
  readonly stats: ConsumerStats = {
    applied: 0,
    duplicates: 0,
    deadLettered: 0,
    retried: 0,
    waited: 0,
    transactions: 0,
    split: 0,
  };
  private messages?: ConsumerMessages;
  private pumping?: Promise<void>;
  private processing?: Promise<void>;
  private readonly queue: JsMsg[] = [];
  private workArrived?: () => void;
  private spaceFreed?: () => void;
  private stopping = false;
  private stream = '';
  private readonly maxDeliver: number;
  private readonly batchSize: number;

  constructor(private readonly config: ConsumerRunnerConfig) {
    this.maxDeliver = config.maxDeliver ?? 5;
    this.batchSize = Math.max(1, config.batch ?? 128);
  }

  /** Deliveries an early event may wait for its predecessor: longer than the predecessor can be retried. */
  private get maxOrderWaits(): number {
    return this.maxDeliver * 2;
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.stream = await this.config.provisioner.ensureDurableConsumer({
      context: this.config.context,
      durable: this.config.service,
      // The server's limit must leave room for an early event's waits, not only for failures.
      maxDeliver: this.maxOrderWaits,
      ackWaitMs: this.config.ackWaitMs ?? 30_000,
    });
    await this.subscribe();
    this.processing ??= this.process().finally(() => (this.processing = undefined));
  }

  /** Stops pulling, lets the batch in hand finish and be acked, and hands back what was buffered. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeProcessor();
    this.wakePump();
    await this.messages?.close().catch(() => undefined);
    await this.pumping;
    await this.processing;
  }

  private async subscribe(): Promise<void> {
    const consumer = await jetstream(this.config.nc).consumers.get(this.stream, this.config.service);
    const messages = await consumer.consume({ max_messages: this.batchSize });
    this.messages = messages;
    this.pumping = this.pump(messages);
  }

  /** Moves fetched messages to the queue; stops taking more while a full batch waits there. */
  private async pump(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const message of messages) {
        if (this.stopping) {
          message.nak(); // not started: let another instance (or our restart) take it at once
          continue;
        }
        this.queue.push(message);
        this.wakeProcessor();
        while (this.queue.length >= this.batchSize * 2 && !this.stopping) {
          await new Promise<void>((resolve) => (this.spaceFreed = resolve));
        }
      }
    } catch (error) {
      this.config.logger?.warn(
        `consumer ${this.config.service}/${this.stream} stopped: ${(error as Error).message}`,
      );
    }
    if (!this.stopping) {
      // The iterator ended without being asked to (consumer deleted, connection closed): try again.
      setTimeout(() => void this.resubscribe(), 1000).unref();
    }
  }

  private async process(): Promise<void> {
    for (;;) {
      while (this.queue.length === 0 && !this.stopping) {
        await new Promise<void>((resolve) => (this.workArrived = resolve));
      }
      if (this.stopping) break;
      // Messages of one socket read are queued one microtask apart: let them all arrive first.
      if (this.queue.length < this.batchSize) await new Promise((resolve) => setImmediate(resolve));
      const batch = this.queue.splice(0, this.batchSize);
      this.wakePump();
      try {
        await this.handle(batch);
      } catch (error) {
        // Not expected (every path settles its messages); unsettled ones come back after ack_wait.
        this.config.logger?.error(
          `consumer ${this.config.service}: batch failed: ${(error as Error).message}`,
        );
      }
    }
    for (const message of this.queue.splice(0)) message.nak();
  }

  private wakeProcessor(): void {
    const wake = this.workArrived;
    this.workArrived = undefined;
    wake?.();
  }

  private wakePump(): void {
    const wake = this.spaceFreed;
    this.spaceFreed = undefined;
    wake?.();
  }

  private async resubscribe(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.start();
    } catch (error) {
      this.config.logger?.warn(
        `consumer ${this.config.service} cannot resubscribe: ${(error as Error).message}`,
      );
      setTimeout(() => void this.resubscribe(), 2000).unref();
    }
  }

  /** Applies fetched messages in stream order: runs of batchable events together, the rest alone. */
  private async handle(messages: JsMsg[]): Promise<void> {
    let run: Prepared[] = [];
    for (const message of messages) {
      const prepared = this.prepare(message);
      if (prepared instanceof Error || prepared.batch === false) {
        // What is pending goes first: it may hold earlier versions of the same aggregate.
        await this.applyRun(run);
        run = [];
        if (prepared instanceof Error) await this.deadLetter(message, undefined, prepared);
        else if (prepared.invalid) await this.deadLetter(message, prepared.envelope, prepared.invalid);
        else await this.applyAlone(prepared);
      } else {
        run.push(prepared);
      }
    }
    await this.applyRun(run);
  }

  /** Decodes and validates; an undecodable message is an Error, invalid data is kept with its envelope. */
  private prepare(message: JsMsg): (Prepared & { batch?: boolean; invalid?: Error }) | Error {
    let envelope: EventEnvelope;
    try {
      envelope = decodeEnvelope(message.data);
    } catch (error) {
      return error as Error;
    }
    const handler = this.config.handlerFor(envelope.type);
    try {
      if (handler) validateEventData(envelope, handler.dataClass);
    } catch (error) {
      return { message, envelope, batch: false, invalid: error as Error };
    }
    return { message, envelope, reaction: handler?.reaction, batch: handler?.batch };
  }

  private async applyRun(run: Prepared[]): Promise<void> {
    if (run.length === 0) return;
    if (run.length > 1) {
      try {
        const results = await applyInOrder(this.config.dataSource, this.config.service, run);
        this.stats.transactions += 1;
        await this.settleAll(run, results);
        return;
      } catch {
        // A reaction (or the database) failed and the batch was rolled back: apply its events one
        // per transaction, so that only the failing one is retried or dead-lettered.
        this.stats.split += 1;
      }
    }
    for (const item of run) await this.applyAlone(item);
  }

  private async applyAlone(item: Prepared): Promise<void> {
    let result: OrderedResult;
    try {
      [result] = await applyInOrder(this.config.dataSource, this.config.service, [item]);
      this.stats.transactions += 1;
    } catch (error) {
      await this.failed(
        item,
        error instanceof ReactionFailedError ? (error.cause as Error) : (error as Error),
      );
      return;
    }
    await this.settleAll([item], [result]);
  }

  /**
   * Acks and naks go out synchronously, so the client sends those of a whole batch in one write
   * (it flushes once per microtask turn); dead letters, which need the database, come after.
   */
  private async settleAll(items: Prepared[], results: OrderedResult[]): Promise<void> {
    const deadLetters: Array<() => Promise<void>> = [];
    items.forEach((item, i) => {
      const deadLetter = this.settle(item, results[i]);
      if (deadLetter) deadLetters.push(deadLetter);
    });
    for (const deadLetter of deadLetters) await deadLetter();
  }

  /** Acks or naks at once; returns the dead-lettering still to do, if any. */
  private settle(
    { message, envelope }: Prepared,
    { outcome, lastApplied }: OrderedResult,
  ): (() => Promise<void>) | undefined {
    switch (outcome) {
      case 'applied':
        this.stats.applied += 1;
        message.ack();
        this.trace('event applied', message, envelope);
        return;
      case 'duplicate':
        this.stats.duplicates += 1;
        message.ack();
        this.trace('event already applied', message, envelope);
        return;
      case 'ignored':
        message.ack();
        return undefined;
      case 'early': {
        const deliveries = message.info.deliveryCount;
        const what = `${aggregateKind(envelope.type)} ${envelope.aggregateId}`;
        if (deliveries >= this.maxOrderWaits) {
          const waited = `version ${envelope.aggregateVersion - 1} of ${what} was not applied after ${deliveries} deliveries of version ${envelope.aggregateVersion}`;
          return () =>
            this.deadLetter(message, envelope, new Error(`${waited} (last applied: ${lastApplied})`));
        }
        this.stats.waited += 1;
        message.nak(this.redeliveryDelay(deliveries));
        return undefined;
      }
      case 'overtaken':
        return () =>
          this.deadLetter(
            message,
            envelope,
            new Error(
              `version ${envelope.aggregateVersion} of ${aggregateKind(envelope.type)} ${envelope.aggregateId} arrived after version ${lastApplied} was applied`,
            ),
          );
    }
  }

  private async failed({ message, envelope }: Prepared, error: Error): Promise<void> {
    const deliveries = message.info.deliveryCount;
    if (error instanceof PermanentEventError || deliveries >= this.maxDeliver) {
      await this.deadLetter(message, envelope, error);
    } else {
      this.stats.retried += 1;
      message.nak(this.redeliveryDelay(deliveries));
    }
  }

  private async deadLetter(message: JsMsg, envelope: EventEnvelope | undefined, error: Error): Promise<void> {
    const deliveries = message.info.deliveryCount;
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
      // The versions after this one must not wait for it for ever; a replay applies it out of order.
      if (envelope) await advanceVersion(this.config.dataSource, this.config.service, envelope);
      this.stats.deadLettered += 1;
      this.config.logger?.warn({
        msg: 'event dead-lettered',
        consumer: this.config.service,
        eventId: envelope?.eventId ?? null,
        correlationId: envelope?.correlationId ?? null,
        eventType: envelope?.type ?? null,
        subject: message.subject,
        streamSeq: message.seq,
        deliveries,
        error: error.message,
      });
      // No reason text: nats-server before 2.10 does not understand "+TERM <reason>" and leaves the
      // message pending, to be redelivered after ack_wait. The reason is in the dead letter.
      message.term();
    } catch (storeError) {
      // Without a stored dead letter the message must not be dropped: keep it in the stream.
      this.config.logger?.error(`cannot store dead letter: ${(storeError as Error).message}`);
      message.nak(this.redeliveryDelay(deliveries));
    }
  }

  /** One line per event at debug: with the relay's "event published", it follows a request's events. */
  private trace(msg: string, message: JsMsg, envelope: EventEnvelope): void {
    this.config.logger?.debug?.({
      msg,
      consumer: this.config.service,
      eventId: envelope.eventId,
      correlationId: envelope.correlationId,
      eventType: envelope.type,
      streamSeq: message.seq,
    });
  }

  private redeliveryDelay(deliveries: number): number {
    const first = this.config.nakDelayMs ?? 500;
    return Math.min(first * 2 ** Math.max(deliveries - 1, 0), this.config.maxNakDelayMs ?? 30_000);
  }
}
