// `npm run bench`: event delivery throughput and end-to-end latency through the outbox, relay,
// JetStream and an inbox consumer in another process, beside plain JetStream measured in the
// same run on the same payloads. Uses the configured (or local) PostgreSQL and NATS, in its own
// schemas and streams, and removes them afterwards.
//
// BENCH_QUICK=1 runs a smaller round (1000 burst, 400 paced) for quick comparisons; BENCH_EVENTS,
// BENCH_PACED_EVENTS and BENCH_RATE set the sizes; BENCH_ROUNDS repeats the raw/full burst pair
// (the machine is shared: compare the ratio of one round, measured back to back, not absolutes).
import 'reflect-metadata';
import { openServiceDataSource } from '@alliance/persistence';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { connectNats, messagingMigrations, OutboxRelay, StreamProvisioner } from '../../../libs/messaging/src';
import { CreateLedgerTables1764000000001, openLedgerDataSource, recordEntry } from '../../../libs/messaging/test/fixtures/ledger';
import { backendPids, cpuMeter, pidsWithEnv } from './cpu';
import { runGatewayReads } from './gateway-reads';
import { runDashboardBench } from './dashboard';
import { runListsBench } from './lists';
import { runOutboxPath, samplePayload } from './outbox-path';
import { runRawJetStream, type RunResult } from './raw-jetstream';
import { percentile } from './stats';

const QUICK = process.env.BENCH_QUICK === '1';
const BURST = Number(process.env.BENCH_EVENTS ?? (QUICK ? 1000 : 3000));
const PACED = Number(process.env.BENCH_PACED_EVENTS ?? (QUICK ? 400 : 1000));
const RATE = Number(process.env.BENCH_RATE ?? 200);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const WARM_UP = Math.min(BURST, 1000);
/** The writers' pool: a service's default (PersistenceModule), enough for the 8 concurrent writers. */
const WRITER_POOL = 10;

interface Row {
  path: string;
  'events/s (burst)': number;
  'p50 ms (paced)': number;
  'p99 ms (paced)': number;
  'p50 ms (burst)': number;
  'p99 ms (burst)': number;
}

function row(name: string, burst: RunResult, paced: RunResult): Row {
  return {
    path: name,
    'events/s (burst)': Math.round(burst.events / burst.seconds),
    'p50 ms (paced)': +percentile(paced.latenciesMs, 50).toFixed(2),
    'p99 ms (paced)': +percentile(paced.latenciesMs, 99).toFixed(2),
    'p50 ms (burst)': +percentile(burst.latenciesMs, 50).toFixed(1),
    'p99 ms (burst)': +percentile(burst.latenciesMs, 99).toFixed(1),
  };
}

function ratioRow(full: Row, raw: Row): Row {
  const ratio = (key: Exclude<keyof Row, 'path'>, digits: number) => +(full[key] / raw[key]).toFixed(digits);
  return {
    path: 'ratio full / raw',
    'events/s (burst)': ratio('events/s (burst)', 2),
    'p50 ms (paced)': ratio('p50 ms (paced)', 1),
    'p99 ms (paced)': ratio('p99 ms (paced)', 1),
    'p50 ms (burst)': ratio('p50 ms (burst)', 1),
    'p99 ms (burst)': ratio('p99 ms (burst)', 1),
  };
}

async function main(): Promise<void> {
  const env = new TestEnvironment('bench');
  const producerSchema = env.schema('bench_producer');
  const consumerSchema = env.schema('bench_consumer');
  const nc = await connectNats(env.natsUrl, 'bench');
  const producer = await openLedgerDataSource(env.databaseUrl, producerSchema, WRITER_POOL);
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
  let failed = false;
  try {
    await relay.start();
    consumer.start();
    await recordEntry(producer, 'warm-up');
    await waitFor(async () => (await consumerDb.query(`SELECT 1 FROM reaction WHERE label = 'warm-up'`)).length > 0, {
      timeoutMs: 60_000,
      what: `the consumer process to start\n${consumer.recentOutput}`,
    });

    // Where the CPU goes (load-independent, unlike wall time on a shared machine): this process
    // (writers + relay), the consumer process, and the PostgreSQL backends serving them.
    const meter = cpuMeter(async () => ({
      'bench process (writers, relay)': [process.pid],
      'consumer process': pidsWithEnv(`LEDGER_SCHEMA=${consumerSchema}`),
      'PostgreSQL backends': await backendPids(consumerDb, [producerSchema, consumerSchema, 'outbox-relay:']),
    }));
    const perEvent = (cpu: Record<string, number>) =>
      Object.entries(cpu)
        .map(([k, ms]) => `${k} ${(ms / BURST).toFixed(2)}`)
        .join(', ');

    const payloads = (n: number) => Array.from({ length: n }, (_, i) => samplePayload(i));
    // Both paths once before anything is measured: a cold first round (JIT, new connections) made raw
    // JetStream look two to three times slower than it is, which flattered the ratio.
    console.log(`warm-up: ${WARM_UP} events through each path (not measured) …`);
    await runRawJetStream(nc, `${env.streamPrefix}_RAW_WARM`, payloads(WARM_UP));
    await runOutboxPath(producer, consumerDb, producerSchema, 'warm', WARM_UP);
    const rounds: { raw: RunResult; full: RunResult }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`round ${round}/${ROUNDS}: ${BURST} events burst — raw JetStream, then outbox → relay → JetStream → inbox consumer (another process) …`);
      const rawCpuBefore = process.cpuUsage();
      const raw = await runRawJetStream(nc, `${env.streamPrefix}_RAW_BURST${round}`, payloads(BURST));
      const rawCpu = process.cpuUsage(rawCpuBefore);
      await meter.start();
      const full = await runOutboxPath(producer, consumerDb, producerSchema, `burst${round}`, BURST);
      const fullCpu = await meter.stop();
      rounds.push({ raw, full });
      console.log(
        `  raw ${raw.seconds.toFixed(2)} s; full ${full.seconds.toFixed(2)} s, of which writing ${full.writtenSeconds?.toFixed(2)} s; ratio ${(raw.seconds / full.seconds).toFixed(2)}`,
      );
      console.log(
        `  CPU ms per event — raw: bench process ${((rawCpu.user + rawCpu.system) / 1000 / BURST).toFixed(2)}; full: ${perEvent(fullCpu)} (nats-server not counted: shared)`,
      );
      // reaction.tx is the consumer's transaction id: how many events each of its commits carried.
      const [{ tx }] = await consumerDb.query(`SELECT count(DISTINCT tx)::int AS tx FROM reaction WHERE label LIKE $1`, [`burst${round}-%`]);
      console.log(`  consumer transactions: ${tx} (${(BURST / tx).toFixed(1)} events each)`);
    }
    console.log(`paced: ${PACED} events at ${RATE}/s — raw JetStream, then the full path …`);
    const rawPaced = await runRawJetStream(nc, `${env.streamPrefix}_RAW_PACED`, payloads(PACED), RATE);
    const fullPaced = await runOutboxPath(producer, consumerDb, producerSchema, 'paced', PACED, { ratePerSecond: RATE });

    // The round whose ratio is the median stands for the run (the one round when ROUNDS is 1).
    const median = [...rounds].sort((a, b) => a.raw.seconds / a.full.seconds - b.raw.seconds / b.full.seconds)[Math.floor(rounds.length / 2)];
    const raw = row('raw JetStream publish + consume', median.raw, rawPaced);
    const full = row('committed change → committed reaction', median.full, fullPaced);
    const ratio = ratioRow(full, raw);
    console.table([raw, full, ratio]);
    console.log(`ratio full/raw: ${ratio['events/s (burst)'].toFixed(2)}`);

    // Exactly once: every event of the run has one reaction (no unique key on reaction.event_id on
    // purpose), and the inbox holds one row per reaction.
    const expected = 1 + WARM_UP + BURST * ROUNDS + PACED;
    const [counts] = await consumerDb.query(
      `SELECT count(*)::int AS reactions, count(DISTINCT event_id)::int AS events, (SELECT count(*)::int FROM inbox) AS inbox FROM reaction`,
    );
    const twice = counts.reactions - counts.events;
    const missing = expected - counts.events;
    console.log(`events applied twice: ${twice}; missing: ${missing}; inbox rows: ${counts.inbox} for ${counts.events} events`);
    failed = twice !== 0 || missing !== 0 || counts.inbox !== counts.events;
  } finally {
    await consumer.stop();
    await relay.stop();
    await producer.destroy();
    await consumerDb.destroy();
    await nc.close();
    await env.cleanup();
  }
  if (failed) throw new Error('delivery was not exactly once in this run');
}

// `npm run bench -- gateway`: only the gateway reads (gateway-reads.ts); `-- lists`: only the member
// lists at 10k and 100k organisations (lists.ts); `-- dashboard`: only the alliance dashboard with 10,000
// organisations (dashboard.ts); without an argument, every bench.
const only = { events: main, gateway: runGatewayReads, lists: runListsBench, dashboard: runDashboardBench };
const chosen = Object.entries(only).filter(([name]) => process.argv.includes(name)).map(([, bench]) => bench);
const benches = chosen.length ? chosen : [main, runGatewayReads, runListsBench, runDashboardBench];
benches.reduce((run, bench) => run.then(bench), Promise.resolve()).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
