import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import type { EventEnvelope } from '@alliance/contracts';
import { buildEnvelope, connectNats, OutboxRelay, StreamProvisioner, type ConsumerOptions, type OutboxRelayConfig } from '../src';
import { TestEnvironment } from '@alliance/testing';
import { ENTRY_RECORDED, LedgerConsumerModule, openLedgerDataSource } from './fixtures/ledger';

/** A producer (own schema, relay) and helpers to run a ledger consumer, all isolated per test file. */
export class DeliveryHarness {
  readonly env: TestEnvironment;
  producer!: DataSource;
  nc!: NatsConnection;
  provisioner!: StreamProvisioner;
  private readonly relays: OutboxRelay[] = [];
  private readonly apps: INestApplicationContext[] = [];

  constructor(
    label: string,
    readonly natsUrl?: string,
    /** Replicas of the ledger stream (3 on a PrivateNatsCluster). */
    readonly replicas = 1,
  ) {
    this.env = new TestEnvironment(label);
  }

  get url(): string {
    return this.natsUrl ?? this.env.natsUrl;
  }

  get consumerSchema(): string {
    return this.env.schema('ledger_reader');
  }

  async setUp(): Promise<void> {
    this.producer = await openLedgerDataSource(this.env.databaseUrl, this.env.schema('ledger'));
    this.nc = await connectNats(this.url, 'test-producer');
    this.provisioner = new StreamProvisioner(
      this.nc,
      { subjectPrefix: this.env.subjectPrefix, streamPrefix: this.env.streamPrefix },
      { replicas: this.replicas },
    );
    await this.provisioner.ensureStream('ledger');
  }

  async startRelay(
    options: Pick<OutboxRelayConfig, 'pollIntervalMs' | 'batchSize' | 'onSend' | 'publishTimeoutMs'> = {},
  ): Promise<OutboxRelay> {
    const relay = new OutboxRelay({ dataSource: this.producer, nc: this.nc, subjectPrefix: this.env.subjectPrefix, ...options });
    await relay.start();
    this.relays.push(relay);
    return relay;
  }

  async startConsumer(consumer: ConsumerOptions = {}): Promise<{ app: INestApplicationContext; ds: DataSource }> {
    const app = await NestFactory.createApplicationContext(
      LedgerConsumerModule.register({
        databaseUrl: this.env.databaseUrl,
        schema: this.consumerSchema,
        natsUrl: this.url,
        subjectPrefix: this.env.subjectPrefix,
        streamPrefix: this.env.streamPrefix,
        consumer: { nakDelayMs: 50, ...consumer },
      }),
      { logger: false },
    );
    await app.init();
    this.apps.push(app);
    return { app, ds: app.get(DataSource) };
  }

  /** Publishes an event straight to the stream (no outbox), to control what arrives when. */
  async publishDirect(aggregateId: string, version: number, label = `${aggregateId}-v${version}`, type = ENTRY_RECORDED): Promise<EventEnvelope> {
    const envelope = buildEnvelope({
      type,
      aggregateId,
      aggregateVersion: version,
      data: { label, amount: 1 },
      meta: { correlationId: `test-${label}`, actor: { id: 'test', kind: 'service' } },
    });
    await this.publishEnvelope(envelope);
    return envelope;
  }

  /** Publishes an envelope again under another msgID, so JetStream's de-duplication lets it through. */
  async publishEnvelope(envelope: EventEnvelope, msgID: string = envelope.eventId): Promise<void> {
    await jetstream(this.nc).publish(`${this.env.subjectPrefix}${envelope.type}`, JSON.stringify(envelope), { msgID });
  }

  async streamMessageCount(): Promise<number> {
    const jsm = await jetstreamManager(this.nc);
    const info = await jsm.streams.info(this.provisioner.streamFor('ledger'));
    return info.state.messages;
  }

  async tearDown(): Promise<void> {
    for (const relay of this.relays) await relay.stop();
    for (const app of this.apps) await app.close();
    await this.producer?.destroy();
    await this.nc?.close();
    await this.env.cleanup(this.url);
  }
}
