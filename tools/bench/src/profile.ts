// `node -r @swc-node/register tools/bench/src/profile.ts`: each stage of the event path alone, so
// that a change can be judged by the stage it should speed up — writers (state + outbox commit),
// relay (claim, publish, mark) on a full outbox, consumer (fetch, apply, ack) on a full stream.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { jetstreamManager } from '@nats-io/jetstream';
import { TestEnvironment, waitFor } from '@alliance/testing';
import { connectNats, MessagingLifecycle, OutboxRelay, StreamProvisioner } from '../../../libs/messaging/src';
import {
  LedgerConsumerModule,
  openLedgerDataSource,
  reactionCounts,
  recordEntry,
} from '../../../libs/messaging/test/fixtures/ledger';
import { DataSource } from 'typeorm';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 3000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);

/** PROFILE_CPU=<dir>: a V8 CPU profile of each stage, to open in Chrome DevTools. */
async function timed(what: string, fn: () => Promise<unknown>): Promise<void> {
  const session = process.env.PROFILE_CPU ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  await fn();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(
      `${process.env.PROFILE_CPU}/${what.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`,
      JSON.stringify(profile),
    );
    session.disconnect();
  }
  console.log(
    `  this process used ${((used.user + used.system) / 1000 / EVENTS).toFixed(3)} ms CPU per event`,
  );
  console.log(
    `${what.padEnd(44)} ${String(Math.round(EVENTS / seconds)).padStart(6)} events/s  (${seconds.toFixed(2)} s)`,
  );
}

async function main(): Promise<void> {
  const env = new TestEnvironment('profile');
  const nc = await connectNats(env.natsUrl, 'profile');
  const producer = await openLedgerDataSource(
    env.databaseUrl,
    env.schema('prof_producer'),
    Number(process.env.BENCH_POOL ?? 4),
  );
  const provisioner = new StreamProvisioner(nc, {
    subjectPrefix: env.subjectPrefix,
    streamPrefix: env.streamPrefix,
  });
  await provisioner.ensureStream('ledger');
  try {
    await timed(`writers (${WRITERS}, outbox + NOTIFY)`, async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          while (next < EVENTS) await recordEntry(producer, `w-${next++}`);
        }),
      );
    });
    if (process.env.PROFILE_WRITERS_ONLY) return;
    const relay = new OutboxRelay({ dataSource: producer, nc, subjectPrefix: env.subjectPrefix });
    await timed('relay drain of a full outbox', () => relay.drainOnce());
    const jsm = await jetstreamManager(nc);
    const stream = provisioner.streamFor('ledger');
    console.log(`  stream holds ${(await jsm.streams.info(stream)).state.messages} messages`);

    const app = await NestFactory.createApplicationContext(
      LedgerConsumerModule.register({
        databaseUrl: env.databaseUrl,
        schema: env.schema('prof_consumer'),
        natsUrl: env.natsUrl,
        subjectPrefix: env.subjectPrefix,
        streamPrefix: env.streamPrefix,
      }),
      { logger: ['error', 'warn'] },
    );
    const consumerDs = app.get(DataSource);
    await timed('consumer on a full stream (in-process)', async () => {
      await app.init();
      await waitFor(async () => (await reactionCounts(consumerDs)).total >= EVENTS, {
        timeoutMs: 120_000,
        intervalMs: 10,
      });
    });
    console.log(`  reactions ${JSON.stringify(await reactionCounts(consumerDs))}`);
    console.log(`  consumer ${JSON.stringify(app.get(MessagingLifecycle).consumerStats())}`);
    await app.close();
  } finally {
    await producer.destroy();
    await nc.close();
    await env.cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
