import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { connectNats, OutboxRelay, StreamProvisioner, type ConsumerOptions } from '../src';
import { TestEnvironment } from '@alliance/testing';
import { LedgerConsumerModule, openLedgerDataSource } from './fixtures/ledger';

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
    this.provisioner = new StreamProvisioner(this.nc, {
      subjectPrefix: this.env.subjectPrefix,
      streamPrefix: this.env.streamPrefix,
    });
    await this.provisioner.ensureStream('ledger');
  }

  async startRelay(options: { pollIntervalMs?: number; batchSize?: number } = {}): Promise<OutboxRelay> {
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
