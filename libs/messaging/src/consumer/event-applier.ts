import type { DataSource, EntityManager } from 'typeorm';
import { parseEventType, type EventEnvelope } from '@alliance/contracts';
import { deferStatement } from '@alliance/persistence';
import type { EventReaction } from './event-handler.decorators';

export type ApplyOutcome = 'applied' | 'duplicate';

/**
 * Rule 3: the inbox row and the reaction commit in one transaction. A conflicting inbox row means
 * the event was applied before (a redelivery or a replay): nothing is done again. No ordering
 * check: the live path uses `applyInOrder`.
 */
export async function applyOnce(
  dataSource: DataSource,
  consumer: string,
  envelope: EventEnvelope,
  reaction: EventReaction,
): Promise<ApplyOutcome> {
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO inbox (consumer, event_id, event_type) VALUES ($1, $2, $3)
       ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
      [consumer, envelope.eventId, envelope.type],
    );
    if (inserted.length === 0) return 'duplicate';
    await reaction(envelope, manager);
    return 'applied';
  });
}

/** One fetched event; `reaction` is absent for a type this service does not react to. */
export interface OrderedItem {
  envelope: EventEnvelope;
  reaction?: EventReaction;
}

/**
 * What became of one event of a batch:
 * - `applied`: inbox row, reaction and version committed;
 * - `ignored`: no reaction here, its version is recorded so later versions need not wait for it;
 * - `duplicate`: applied before (inbox row exists) — ack and skip;
 * - `early`: an earlier version of its aggregate is not applied yet — nothing written, retry later;
 * - `overtaken`: older than the version already applied, yet never applied itself (a later version
 *   went ahead after this one's wait ran out) — nothing written; the caller dead-letters it.
 */
export type OrderedOutcome = 'applied' | 'ignored' | 'duplicate' | 'early' | 'overtaken';

export interface OrderedResult {
  outcome: OrderedOutcome;
  /** The version applied last for the event's aggregate (before this event, for `early`). */
  lastApplied: number;
}

/** A reaction threw: the whole transaction was rolled back; `index` is the item that failed. */
export class ReactionFailedError extends Error {
  override readonly name = 'ReactionFailedError';
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(`reaction to item ${index} failed: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/** The aggregate kind of an event: ids are unique only within one kind (`<context>.<aggregate>`). */
export function aggregateKind(type: string): string {
  const { context, aggregate } = parseEventType(type);
  return `${context}.${aggregate}`;
}

const keyOf = (e: EventEnvelope) => `${aggregateKind(e.type)}\u0000${e.aggregateId}`;

/**
 * Rules 3 and 4 for a batch of fetched events, in one transaction: each event gets its inbox row
 * and its reaction, in stream order, and only when it is the next version of its aggregate for this
 * consumer (`consumer_aggregate_version`, updated in the same transaction). Round trips per batch
 * are constant apart from what the reactions themselves do: read versions, insert inbox rows,
 * (look up the inbox for older versions, only when there are any), write versions.
 *
 * A reaction that throws rolls the whole batch back (`ReactionFailedError`); the caller isolates
 * the failing event by applying the batch's events one at a time.
 */
export async function applyInOrder(
  dataSource: DataSource,
  consumer: string,
  items: OrderedItem[],
): Promise<OrderedResult[]> {
  return dataSource.transaction((manager) => applyInOrderWith(manager, consumer, items));
}

export async function applyInOrderWith(
  manager: EntityManager,
  consumer: string,
  items: OrderedItem[],
): Promise<OrderedResult[]> {
  if (items.length === 0) return [];
  const keys = new Map<string, { kind: string; id: string }>();
  for (const { envelope } of items)
    keys.set(keyOf(envelope), { kind: aggregateKind(envelope.type), id: envelope.aggregateId });
  const kinds = [...keys.values()].map((k) => k.kind);
  const ids = [...keys.values()].map((k) => k.id);

  // FOR UPDATE: a second instance of this consumer handling the same aggregate waits for our commit.
  const rows: { aggregate: string; aggregate_id: string; version: number }[] = await manager.query(
    `SELECT v.aggregate, v.aggregate_id, v.version
       FROM consumer_aggregate_version v
       JOIN unnest($2::text[], $3::text[]) AS k(aggregate, aggregate_id)
         ON v.aggregate = k.aggregate AND v.aggregate_id = k.aggregate_id
      WHERE v.consumer = $1
        FOR UPDATE OF v`,
    [consumer, kinds, ids],
  );
  const last = new Map<string, number>(
    rows.map((r) => [`${r.aggregate}\u0000${r.aggregate_id}`, Number(r.version)]),
  );
  const before = new Map(last);

  const order = versionOrder(items);
  const results: OrderedResult[] = new Array(items.length);
  const toInsert: number[] = [];
  const older: number[] = [];
  for (const index of order) {
    const { envelope, reaction } = items[index];
    const key = keyOf(envelope);
    const lastApplied = last.get(key) ?? 0;
    const version = envelope.aggregateVersion;
    if (version <= lastApplied) {
      results[index] = { outcome: reaction ? 'duplicate' : 'ignored', lastApplied };
      if (reaction) older.push(index); // a duplicate if its inbox row exists, overtaken if not
    } else if (version === lastApplied + 1) {
      last.set(key, version);
      results[index] = { outcome: reaction ? 'applied' : 'ignored', lastApplied };
      if (reaction) toInsert.push(index);
    } else {
      results[index] = { outcome: 'early', lastApplied };
    }
  }

  if (toInsert.length > 0) {
    const inserted: { event_id: string }[] = await manager.query(
      `INSERT INTO inbox (consumer, event_id, event_type)
       SELECT $1, e.id, e.type FROM unnest($2::uuid[], $3::text[]) AS e(id, type)
       ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
      [consumer, toInsert.map((i) => items[i].envelope.eventId), toInsert.map((i) => items[i].envelope.type)],
    );
    const fresh = new Set(inserted.map((r) => r.event_id));
    // Applied before without its version being recorded (e.g. replayed from a dead letter): skip it,
    // but keep the version advanced — the aggregate has moved past it either way.
    for (const i of toInsert) if (!fresh.has(items[i].envelope.eventId)) results[i].outcome = 'duplicate';
  }
  if (older.length > 0) {
    const found: { event_id: string }[] = await manager.query(
      `SELECT event_id FROM inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])`,
      [consumer, older.map((i) => items[i].envelope.eventId)],
    );
    const applied = new Set(found.map((r) => r.event_id));
    for (const i of older) if (!applied.has(items[i].envelope.eventId)) results[i].outcome = 'overtaken';
  }

  for (const i of order) {
    const { envelope, reaction } = items[i];
    if (results[i].outcome !== 'applied' || !reaction) continue;
    try {
      await reaction(envelope, manager);
    } catch (error) {
      throw new ReactionFailedError(i, error);
    }
  }

  const advanced = [...last].filter(([key, version]) => before.get(key) !== version);
  if (advanced.length > 0) {
    // Nothing reads its result: it goes out with the COMMIT, which fails if it does.
    const { sql, parameters } = versionsUpsert(consumer, advanced.map(([key, version]) => ({ key, version })));
    await deferStatement(manager, sql, parameters);
  }
  return results;
}

/**
 * The order to apply a batch in: stream order, except that the events of one aggregate are put in
 * version order among the places they hold — a redelivered earlier version fetched after a later
 * one then still goes first, in the same transaction, instead of sending the later one round again.
 */
function versionOrder(items: OrderedItem[]): number[] {
  const byKey = new Map<string, number[]>();
  items.forEach(({ envelope }, index) => {
    const key = keyOf(envelope);
    const places = byKey.get(key);
    if (places) places.push(index);
    else byKey.set(key, [index]);
  });
  const order = items.map((_, index) => index);
  for (const places of byKey.values()) {
    if (places.length < 2) continue;
    const sorted = [...places].sort(
      (a, b) => items[a].envelope.aggregateVersion - items[b].envelope.aggregateVersion || a - b,
    );
    places.forEach((place, k) => (order[place] = sorted[k]));
  }
  return order;
}

/**
 * Moves the applied version of an aggregate forward to at least `version` — also used when an
 * event is dead-lettered, so that the versions after it are not held back for ever (rule 5).
 */
export async function advanceVersion(
  manager: EntityManager | DataSource,
  consumer: string,
  envelope: EventEnvelope,
): Promise<void> {
  await writeVersions(manager, consumer, [{ key: keyOf(envelope), version: envelope.aggregateVersion }]);
}

async function writeVersions(
  manager: EntityManager | DataSource,
  consumer: string,
  versions: { key: string; version: number }[],
): Promise<void> {
  const { sql, parameters } = versionsUpsert(consumer, versions);
  await manager.query(sql, parameters);
}

function versionsUpsert(consumer: string, versions: { key: string; version: number }[]): { sql: string; parameters: unknown[] } {
  const split = versions.map((v) => v.key.split('\u0000'));
  // Never backwards: GREATEST keeps a concurrent instance's later version.
  return {
    sql: `INSERT INTO consumer_aggregate_version (consumer, aggregate, aggregate_id, version)
     SELECT $1, v.aggregate, v.aggregate_id, v.version FROM unnest($2::text[], $3::text[], $4::int[]) AS v(aggregate, aggregate_id, version)
     ON CONFLICT (consumer, aggregate, aggregate_id)
     DO UPDATE SET version = GREATEST(consumer_aggregate_version.version, EXCLUDED.version), updated_at = now()`,
    parameters: [consumer, split.map((s) => s[0]), split.map((s) => s[1]), versions.map((v) => v.version)],
  };
}
