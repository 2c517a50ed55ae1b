import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPE_PATTERN, parseEventType, type EventActor, type EventEnvelope } from '@alliance/contracts';
import { deferStatement } from '@alliance/persistence';
import { notifyOutboxAfterCommit } from './outbox-notifier';

export interface EventMeta {
  correlationId: string;
  causationId?: string | null;
  actor: EventActor;
}

export interface NewEvent<TData extends object> {
  type: string;
  aggregateId: string;
  aggregateVersion: number;
  data: TData;
  meta: EventMeta;
}

/** Builds the envelope of a new event (pure: usable outside Nest, e.g. in benchmarks). */
export function buildEnvelope<TData extends object>(event: NewEvent<TData>, now = new Date()): EventEnvelope<TData> {
  if (!EVENT_TYPE_PATTERN.test(event.type)) throw new Error(`"${event.type}" is not an event type`);
  return {
    eventId: randomUUID(),
    type: event.type,
    version: parseEventType(event.type).version,
    occurredAt: now.toISOString(),
    aggregateId: event.aggregateId,
    aggregateVersion: event.aggregateVersion,
    correlationId: event.meta.correlationId,
    causationId: event.meta.causationId ?? null,
    actor: event.meta.actor,
    data: event.data,
  };
}

/**
 * Appends an event to the outbox with the caller's transaction manager: the event exists if and only
 * if the state change it describes commits. The relay is woken by a NOTIFY sent once the transaction
 * has committed (see outbox-notifier.ts for why not inside it).
 */
export async function appendToOutbox<TData extends object>(
  manager: EntityManager,
  event: NewEvent<TData>,
): Promise<EventEnvelope<TData>> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('OutboxWriter.append needs the EntityManager of an open transaction');
  }
  const envelope = buildEnvelope(event);
  // Checked with the transaction's next statement (its COMMIT at the latest): no round trip of its own.
  await deferStatement(
    manager,
    `INSERT INTO outbox (event_id, event_type, aggregate_id, payload) VALUES ($1, $2, $3, $4)`,
    [envelope.eventId, envelope.type, envelope.aggregateId, JSON.stringify(envelope)],
  );
  notifyOutboxAfterCommit(manager.queryRunner, schemaOf(manager));
  return envelope;
}

export function schemaOf(manager: EntityManager): string {
  const schema = (manager.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('the DataSource has no schema: create it with @alliance/persistence');
  return schema;
}

/** Injectable face of `appendToOutbox` for services. */
@Injectable()
export class OutboxWriter {
  append<TData extends object>(manager: EntityManager, event: NewEvent<TData>): Promise<EventEnvelope<TData>> {
    return appendToOutbox(manager, event);
  }
}
