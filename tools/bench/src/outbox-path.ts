import type { DataSource } from 'typeorm';
import { buildEnvelope } from '../../../libs/messaging/src';
import { ENTRY_RECORDED, recordEntry } from '../../../libs/messaging/test/fixtures/ledger';
import { pace, type RunResult } from './raw-jetstream';

/** A payload of the same shape and size as the events the outbox path carries. */
export function samplePayload(i: number): string {
  return JSON.stringify(
    buildEnvelope({
      type: ENTRY_RECORDED,
      aggregateId: `entry-${i}`,
      aggregateVersion: 1,
      data: { label: `bench-${i}`, amount: 1 },
      meta: { correlationId: `bench-${i}`, actor: { id: 'bench', kind: 'service' } },
    }),
  );
}

/** Reactions committed after `afterId`: a range of the primary key, cheap to poll during the run. */
async function reactionsAfter(consumer: DataSource, afterId: number): Promise<number> {
  const [{ n }] = await consumer.query(`SELECT count(*)::int AS n FROM reaction WHERE id > $1`, [afterId]);
  return n;
}

/**
 * The full path: a committed state change (ledger entry + outbox row) → relay → JetStream →
 * a consumer in another process → inbox row + reaction committed. Latency is measured on the
 * database clock, from the entry's commit to the reaction's commit.
 */
export async function runOutboxPath(
  producer: DataSource,
  consumer: DataSource,
  producerSchema: string,
  label: string,
  events: number,
  options: { writers?: number; ratePerSecond?: number } = {},
): Promise<RunResult> {
  // The poll below must not cost the database much while it is being measured: only this run's
  // reactions arrive after this id.
  const [{ last }] = await consumer.query(`SELECT coalesce(max(id), 0)::int AS last FROM reaction`);
  const started = performance.now();
  if (options.ratePerSecond) {
    for (let i = 0; i < events; i++) {
      await pace(started, i, options.ratePerSecond);
      await recordEntry(producer, `${label}-${i}`);
    }
  } else {
    const writers = options.writers ?? 8;
    let next = 0;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (next < events) await recordEntry(producer, `${label}-${next++}`);
      }),
    );
  }
  const written = (performance.now() - started) / 1000;
  const deadline = Date.now() + 120_000;
  while ((await reactionsAfter(consumer, last)) < events) {
    if (Date.now() > deadline) throw new Error(`${label}: reactions did not all arrive within 2 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seconds = (performance.now() - started) / 1000;
  const rows: { ms: number }[] = await consumer.query(
    `SELECT extract(epoch FROM (r.applied_at - e.recorded_at)) * 1000 AS ms
       FROM reaction r JOIN "${producerSchema}".ledger_entry e ON e.label = r.label
      WHERE r.label LIKE $1`,
    [`${label}-%`],
  );
  return { events, seconds, latenciesMs: rows.map((r) => Number(r.ms)), writtenSeconds: written };
}
