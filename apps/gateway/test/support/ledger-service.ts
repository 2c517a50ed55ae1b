// A minimal service for the pipeline tests: it publishes "ledger" events through its outbox and
// consumes them itself, so that it has a relay, a durable consumer and dead letters. Its event
// pipeline (MessagingModule) may use another NATS than its RPC, so that a test can stop the one
// without losing the other.
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IsInt, IsString, Min } from 'class-validator';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { EventEnvelope } from '@alliance/contracts';
import {
  appendToOutbox,
  EventConsumer,
  OnEvent,
  ServiceModule,
  startRpcServer,
  type ServiceConfig,
} from '@alliance/messaging';

export const LEDGER = 'ledger';
export const ENTRY_RECORDED = 'evt.ledger.entry.recorded.v1';

export class CreateLedgerTables1764000000001 implements MigrationInterface {
  name = 'CreateLedgerTables1764000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE ledger_entry (id serial PRIMARY KEY, label text NOT NULL, amount int NOT NULL)`,
    );
    await q.query(
      `CREATE TABLE reaction (id serial PRIMARY KEY, event_id uuid NOT NULL, label text NOT NULL)`,
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reaction`);
    await q.query(`DROP TABLE ledger_entry`);
  }
}

export class EntryRecordedData {
  @IsString()
  label!: string;

  @IsInt()
  @Min(0)
  amount!: number;
}

@EventConsumer(LEDGER)
export class LedgerReactions {
  @OnEvent(ENTRY_RECORDED, EntryRecordedData)
  async onEntryRecorded(event: EventEnvelope<EntryRecordedData>, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO reaction (event_id, label) VALUES ($1, $2)`, [
      event.eventId,
      event.data.label,
    ]);
  }
}

export interface LedgerServiceConfig {
  databaseUrl: string;
  schema: string;
  /** NATS of the event pipeline (relay, consumer). */
  messagingNatsUrl: string;
  /** NATS the gateway reaches the service's RPC subjects on. */
  rpcNatsUrl: string;
  subjectPrefix: string;
  streamPrefix: string;
}

/** Wired as every service is (ServiceModule), with timeouts short enough for a test's patience. */
export async function startLedgerService(config: LedgerServiceConfig): Promise<INestApplication> {
  const serviceConfig: ServiceConfig = {
    service: LEDGER,
    databaseUrl: config.databaseUrl,
    schema: config.schema,
    natsUrl: config.messagingNatsUrl,
    subjectPrefix: config.subjectPrefix,
    streamPrefix: config.streamPrefix,
    relayEnabled: true,
    logLevel: 'silent',
  };
  const module = ServiceModule.forRoot({
    config: serviceConfig,
    entities: [],
    migrations: [CreateLedgerTables1764000000001],
    providers: [LedgerReactions],
    poolSize: 4,
    // Quick to notice an outage, so the stall threshold is what the test waits for.
    relay: { pollIntervalMs: 100, publishTimeoutMs: 300 },
    consumer: { nakDelayMs: 50 },
  });
  const app = await NestFactory.create(module, { logger: false });
  // RPC on its own NATS, so that a test can stop the event pipeline's NATS and still ask for status.
  await startRpcServer(app, {
    natsUrl: config.rpcNatsUrl,
    subjectPrefix: config.subjectPrefix,
    queue: LEDGER,
    service: LEDGER,
    drainOnSignals: false,
  });
  return app;
}

/** Records one entry and its event in one transaction, as a service does. */
export async function recordEntry(ds: DataSource, label: string, amount = 1): Promise<EventEnvelope> {
  return ds.transaction(async (manager) => {
    const [{ id }] = await manager.query(
      `INSERT INTO ledger_entry (label, amount) VALUES ($1, $2) RETURNING id`,
      [label, amount],
    );
    return appendToOutbox(manager, {
      type: ENTRY_RECORDED,
      aggregateId: `entry-${id}`,
      aggregateVersion: 1,
      data: { label, amount },
      meta: { correlationId: `test-${label}`, actor: { id: 'test', kind: 'service' } },
    });
  });
}

export async function reactionLabels(ds: DataSource): Promise<string[]> {
  const rows: Array<{ label: string }> = await ds.query(`SELECT label FROM reaction ORDER BY id`);
  return rows.map((r) => r.label);
}
