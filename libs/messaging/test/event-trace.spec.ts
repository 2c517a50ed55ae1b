import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { TestEnvironment, waitFor } from '@alliance/testing';
import { LedgerProducerModule } from './fixtures/ledger-producer';
import { LedgerConsumerModule, recordEntry } from './fixtures/ledger';

/** Keeps every structured (object) line the apps log, at every level. */
class CapturingLogger implements LoggerService {
  readonly lines: Array<Record<string, unknown> & { level: string }> = [];
  private keep(level: string, message: unknown): void {
    if (typeof message === 'object' && message !== null) this.lines.push({ level, ...(message as object) });
  }
  log(message: unknown): void {
    this.keep('log', message);
  }
  error(message: unknown): void {
    this.keep('error', message);
  }
  warn(message: unknown): void {
    this.keep('warn', message);
  }
  debug(message: unknown): void {
    this.keep('debug', message);
  }
  verbose(message: unknown): void {
    this.keep('verbose', message);
  }
}

describe('event trace: the relay and the consumer log each event with its id and correlation id', () => {
  const env = new TestEnvironment('event-trace');
  const logger = new CapturingLogger();
  let producer: INestApplicationContext;
  let consumer: INestApplicationContext;

  beforeAll(async () => {
    const shared = {
      databaseUrl: env.databaseUrl,
      natsUrl: env.natsUrl,
      subjectPrefix: env.subjectPrefix,
      streamPrefix: env.streamPrefix,
    };
    producer = await NestFactory.createApplicationContext(
      LedgerProducerModule.register({ ...shared, schema: env.schema('ledger') }),
      {
        logger,
      },
    );
    await producer.init();
    consumer = await NestFactory.createApplicationContext(
      LedgerConsumerModule.register({
        ...shared,
        schema: env.schema('ledger_reader'),
        consumer: { nakDelayMs: 50 },
      }),
      { logger },
    );
    await consumer.init();
  });
  afterAll(async () => {
    await consumer?.close();
    await producer?.close();
    await env.cleanup();
  });

  it('follows one event from the relay’s publish to the consumer’s apply by eventId and correlationId', async () => {
    // recordEntry sets correlationId `test-<label>`, as a service sets it to the request id.
    const event = await recordEntry(producer.get(DataSource), 'traced');
    const line = (msg: string) => logger.lines.find((l) => l.msg === msg && l.eventId === event.eventId);
    const published = await waitFor(() => line('event published'), { what: 'the relay’s publish line' });
    expect(published).toMatchObject({
      level: 'debug',
      correlationId: 'test-traced',
      eventType: event.type,
      streamSeq: expect.any(Number),
      duplicate: false,
    });
    const applied = await waitFor(() => line('event applied'), { what: 'the consumer’s apply line' });
    expect(applied).toMatchObject({
      level: 'debug',
      consumer: 'ledger-reader',
      correlationId: 'test-traced',
      eventType: event.type,
      streamSeq: published.streamSeq,
    });
  });
});
