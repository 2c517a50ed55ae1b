import { CONTEXTS, type EventEnvelope } from '@alliance/contracts';
import type { DashboardRebuildView } from '@alliance/contracts/dashboard';
import {
  aggregateKind,
  decodeEnvelope,
  EventHandlerRegistry,
  MESSAGING_OPTIONS,
  NATS_CONNECTION,
  validateEventData,
  type MessagingOptions,
} from '@alliance/messaging';
import { streamName } from '@alliance/contracts';
import { DeliverPolicy, jetstream, jetstreamManager, JetStreamApiError } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PROJECTION_TABLES } from '../migrations/1765300000000-create-dashboard';
import { PROJECTION_LOCK_KEY } from '../projection/projection-lock';

/**
 * Rebuilds the read model from scratch: every producing context's stream is read from its first message
 * by an ordered consumer (ephemeral, no acks, in stream order) and each event goes through the same
 * handler and data validation as the live consumer — in ONE transaction that first empties the projection
 * tables (DELETE, not TRUNCATE) under the projection lock taken exclusively:
 *
 * - readers see the old figures until the commit (MVCC: DELETE takes no lock readers wait for), then the
 *   new ones, all at once — the swap is the commit;
 * - the live consumers wait on the lock (they take it shared in every reaction) and resume after the
 *   commit; an event the rebuild already replayed is then stale against `dash_aggregate_version` and
 *   skipped, a later one applies — so no event counts twice or is lost across a rebuild.
 *
 * Events are applied per aggregate in version order, as the live consumer does: an event that comes
 * before its predecessor in the stream (a producer's retry can do that) waits for it; at the end of the
 * stream, what still waits is applied in version order (the live path dead-letters a missing version after
 * waiting and moves on). Events without a handler still count as versions.
 *
 * Each stream is read up to its last sequence when the rebuild reaches it (later events are the live
 * consumer's). An event the live path would dead-letter (invalid data) is skipped here too. What a stream
 * no longer holds (limits retention) cannot be replayed: the streams keep everything by default.
 */
@Injectable()
export class RebuildService {
  private readonly logger = new Logger('DashboardRebuild');

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async rebuild(): Promise<DashboardRebuildView> {
    const started = Date.now();
    const eventsRead: Record<string, number> = {};
    let eventsApplied = 0;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [PROJECTION_LOCK_KEY]);
      for (const table of PROJECTION_TABLES) await manager.query(`DELETE FROM ${table}`);
      for (const context of CONTEXTS) {
        const result = await this.replay(context, manager);
        eventsRead[context] = result.read;
        eventsApplied += result.applied;
      }
    });
    const view = { eventsRead, eventsApplied, tookMs: Date.now() - started, rebuiltAt: new Date().toISOString() };
    this.logger.log(`rebuilt from the streams: ${JSON.stringify(view)}`);
    return view;
  }

  private async replay(context: string, manager: EntityManager): Promise<{ read: number; applied: number }> {
    const stream = streamName(context, this.options.streamPrefix ?? '');
    const jsm = await jetstreamManager(this.nc);
    let lastSeq: number;
    try {
      const info = await jsm.streams.info(stream);
      if (info.state.messages === 0) return { read: 0, applied: 0 };
      lastSeq = info.state.last_seq;
    } catch (error) {
      // No producer has created the stream yet: nothing to replay.
      if (error instanceof JetStreamApiError ? error.status === 404 : /not found/i.test(String(error))) {
        return { read: 0, applied: 0 };
      }
      throw error;
    }
    const consumer = await jetstream(this.nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All });
    const messages = await consumer.consume({ max_messages: 512 });
    const order = new AggregateOrder();
    let read = 0;
    let applied = 0;
    try {
      for await (const message of messages) {
        read += 1;
        const envelope = decode(message.data);
        if (envelope) {
          for (const ready of order.offer(envelope)) if (await this.apply(ready, manager)) applied += 1;
        }
        if (message.seq >= lastSeq) break;
      }
    } finally {
      await messages.close();
    }
    for (const late of order.rest()) if (await this.apply(late, manager)) applied += 1;
    return { read, applied };
  }

  /** The live path's handler and validation, without the inbox: false when nothing applies it. */
  private async apply(envelope: EventEnvelope, manager: EntityManager): Promise<boolean> {
    const handler = this.registry.handlerFor(envelope.type);
    if (!handler) return false;
    try {
      validateEventData(envelope, handler.dataClass);
    } catch {
      return false; // the live consumer dead-letters it
    }
    await handler.reaction(envelope as EventEnvelope<Record<string, unknown>>, manager);
    return true;
  }
}

function decode(bytes: Uint8Array): EventEnvelope | null {
  try {
    return decodeEnvelope(bytes);
  } catch {
    return null; // undecodable: the live consumer dead-letters it
  }
}

/** Releases each aggregate's events in version order (1, 2, 3, …), holding back those that came early. */
export class AggregateOrder {
  private readonly last = new Map<string, number>();
  private readonly waiting = new Map<string, Map<number, EventEnvelope>>();

  offer(envelope: EventEnvelope): EventEnvelope[] {
    const key = `${aggregateKind(envelope.type)}\u0000${envelope.aggregateId}`;
    const last = this.last.get(key) ?? 0;
    const version = envelope.aggregateVersion;
    if (version <= last) return []; // a duplicate in the stream (past the de-duplication window)
    if (version > last + 1) {
      const held = this.waiting.get(key) ?? new Map<number, EventEnvelope>();
      if (!held.has(version)) held.set(version, envelope);
      this.waiting.set(key, held);
      return [];
    }
    const ready = [envelope];
    let next = version + 1;
    const held = this.waiting.get(key);
    for (let early = held?.get(next); held && early; early = held.get(next)) {
      ready.push(early);
      held.delete(next);
      next += 1;
    }
    if (held && held.size === 0) this.waiting.delete(key);
    this.last.set(key, next - 1);
    return ready;
  }

  /** What still waits for a version that never came, each aggregate in version order. */
  rest(): EventEnvelope[] {
    const rest = [...this.waiting.values()].flatMap((held) => [...held.entries()].sort(([a], [b]) => a - b).map(([, e]) => e));
    this.waiting.clear();
    return rest;
  }
}
