// `npm run bench`: event delivery throughput and end-to-end latency through the outbox, relay,
// JetStream and an inbox consumer in another process, beside plain JetStream measured in the
// same run on the same payloads. Uses the configured (or local) PostgreSQL and NATS, in its own
// schemas and streams, and removes them afterwards.
import 'reflect-metadata';
import { openServiceDataSource } from '@alliance/persistence';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { connectNats, messagingMigrations, OutboxRelay, StreamProvisioner } from '../../../libs/messaging/src';
import { CreateLedgerTables1764000000001, openLedgerDataSource, recordEntry } from '../../../libs/messaging/test/fixtures/ledger';
import { runOutboxPath, samplePayload } from './outbox-path';
import { runRawJetStream, type RunResult } from './raw-jetstream';
import { percentile } from './stats';

const BURST = Number(process.env.BENCH_EVENTS ?? 3000);
const PACED = Number(process.env.BENCH_PACED_EVENTS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 200);

function row(name: string, burst: RunResult, paced: RunResult) {
  return {
    path: name,
    'events/s (burst)': Math.round(burst.events / burst.seconds),
    [`p50 ms @${RATE}/s`]: +percentile(paced.latenciesMs, 50).toFixed(2),
    [`p99 ms @${RATE}/s`]: +percentile(paced.latenciesMs, 99).toFixed(2),
    'p50 ms (burst)': +percentile(burst.latenciesMs, 50).toFixed(1),
    'p99 ms (burst)': +percentile(burst.latenciesMs, 99).toFixed(1),
  };
}

async function main(): Promise<void> {
  const env = new TestEnvironment('bench');
  const producerSchema = env.schema('bench_producer');
  const consumerSchema = env.schema('bench_consumer');
  const nc = await connectNats(env.natsUrl, 'bench');
  const producer = await openLedgerDataSource(env.databaseUrl, producerSchema);
  const consumerDb = await openServiceDataSource({
    url: env.databaseUrl,
    schema: consumerSchema,
    entities: [],
    migrations: [...messagingMigrations, CreateLedgerTables1764000000001],
    poolSize: 2,
  });
  await new StreamProvisioner(nc, { subjectPrefix: env.subjectPrefix, streamPrefix: env.streamPrefix }).ensureStream('ledger');
  const relay = new OutboxRelay({ dataSource: producer, nc, subjectPrefix: env.subjectPrefix });
  const consumer = new ServiceProcess('libs/messaging/test/fixtures/ledger-consumer.main.ts', {
    DATABASE_URL: env.databaseUrl,
    LEDGER_SCHEMA: consumerSchema,
    NATS_URL: env.natsUrl,
    SUBJECT_PREFIX: env.subjectPrefix,
    STREAM_PREFIX: env.streamPrefix,
  });
  try {
    await relay.start();
    consumer.start();
    await recordEntry(producer, 'warm-up');
    await waitFor(async () => (await consumerDb.query(`SELECT 1 FROM reaction WHERE label = 'warm-up'`)).length > 0, {
      timeoutMs: 60_000,
      what: `the consumer process to start\n${consumer.recentOutput}`,
    });

    console.log(`raw JetStream: ${BURST} events burst, ${PACED} paced at ${RATE}/s …`);
    const payloads = (n: number) => Array.from({ length: n }, (_, i) => samplePayload(i));
    const rawBurst = await runRawJetStream(nc, `${env.streamPrefix}_RAW_BURST`, payloads(BURST));
    const rawPaced = await runRawJetStream(nc, `${env.streamPrefix}_RAW_PACED`, payloads(PACED), RATE);

    console.log('outbox → relay → JetStream → inbox consumer (another process) …');
    const fullBurst = await runOutboxPath(producer, consumerDb, producerSchema, 'burst', BURST);
    const fullPaced = await runOutboxPath(producer, consumerDb, producerSchema, 'paced', PACED, { ratePerSecond: RATE });

    const raw = row('raw JetStream publish + consume', rawBurst, rawPaced);
    const full = row('committed change → committed reaction', fullBurst, fullPaced);
    const ratio = {
      path: 'ratio full / raw',
      'events/s (burst)': +(full['events/s (burst)'] / raw['events/s (burst)']).toFixed(2),
      [`p50 ms @${RATE}/s`]: +(full[`p50 ms @${RATE}/s`] / raw[`p50 ms @${RATE}/s`]).toFixed(1),
      [`p99 ms @${RATE}/s`]: +(full[`p99 ms @${RATE}/s`] / raw[`p99 ms @${RATE}/s`]).toFixed(1),
      'p50 ms (burst)': +(full['p50 ms (burst)'] / raw['p50 ms (burst)']).toFixed(1),
      'p99 ms (burst)': +(full['p99 ms (burst)'] / raw['p99 ms (burst)']).toFixed(1),
    };
    console.table([raw, full, ratio]);
    const [{ dup }] = await consumerDb.query(`SELECT count(*) - count(DISTINCT event_id) AS dup FROM reaction`);
    console.log(`reactions applied twice: ${dup}`);
  } finally {
    await consumer.stop();
    await relay.stop();
    await producer.destroy();
    await consumerDb.destroy();
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
