import type { EntityManager } from 'typeorm';
import { aggregateKind } from '@alliance/messaging';
import type { EventEnvelope } from '@alliance/contracts';

/**
 * The advisory lock between the live consumers and a rebuild: every reaction takes it shared (many at
 * once), a rebuild exclusive for its whole transaction, so no live event is applied while the tables are
 * rebuilt (it waits, then is applied or skipped as stale against the rebuilt versions).
 */
export const PROJECTION_LOCK_KEY = 7_311_240_311;

/**
 * Takes the projection lock (shared) and records the event's version for its aggregate, in one statement.
 * False when that version (or a later one) was applied already: the reaction then does nothing. The
 * consumer's inbox already skips a redelivery; this also covers an event that a rebuild replayed before
 * the live consumer delivered it.
 */
export async function claimEvent(manager: EntityManager, event: EventEnvelope<object>): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO dash_aggregate_version (aggregate, aggregate_id, version)
     SELECT $1, $2, $3 FROM (SELECT pg_advisory_xact_lock_shared($4::bigint)) AS locked
     ON CONFLICT (aggregate, aggregate_id) DO UPDATE SET version = excluded.version
       WHERE dash_aggregate_version.version < excluded.version
     RETURNING version`,
    [aggregateKind(event.type), event.aggregateId, event.aggregateVersion, PROJECTION_LOCK_KEY],
  );
  return rows.length > 0;
}

/**
 * Makes sure the organisation has its row and locks it, returning its district as last committed (null while
 * membership's events about it have not arrived). Rows that carry the district (per year, certificates,
 * actions) are written under this lock: membership's handler moves them under the same row lock, so a row
 * written at the same time as a move is never left in the old district.
 */
export async function lockOrg(manager: EntityManager, organisationId: string): Promise<string | null> {
  const [row] = (await manager.query(
    `INSERT INTO dash_org (organisation_id) VALUES ($1)
     ON CONFLICT (organisation_id) DO UPDATE SET organisation_id = excluded.organisation_id
     RETURNING district_code`,
    [organisationId],
  )) as Array<{ district_code: string | null }>;
  return row.district_code;
}

/** Columns of dash_org that count something per organisation (never from user input). */
export type OrgCounter = 'audits_done' | 'actions_open' | 'resources_offered' | 'resources_used';

/** Adds `delta` to one counter of an organisation (its row made if this is the first we hear of it). */
export async function addToOrg(
  manager: EntityManager,
  organisationId: string,
  counter: OrgCounter,
  delta: number,
): Promise<void> {
  if (delta === 0) return;
  await manager.query(
    `INSERT INTO dash_org (organisation_id, ${counter}) VALUES ($1, $2)
     ON CONFLICT (organisation_id) DO UPDATE SET ${counter} = dash_org.${counter} + excluded.${counter}`,
    [organisationId, delta],
  );
}

/**
 * An entity's contribution to a counter moved from (old organisation, counted or not) to (new organisation,
 * counted or not): the difference is applied, so a change of status or owner is exact.
 */
export async function moveCount(
  manager: EntityManager,
  counter: OrgCounter,
  before: { organisationId: string; counted: boolean } | null,
  after: { organisationId: string; counted: boolean },
): Promise<void> {
  if (before && before.organisationId === after.organisationId) {
    await addToOrg(manager, after.organisationId, counter, Number(after.counted) - Number(before.counted));
    return;
  }
  if (before?.counted) await addToOrg(manager, before.organisationId, counter, -1);
  if (after.counted) await addToOrg(manager, after.organisationId, counter, 1);
  else await manager.query(`INSERT INTO dash_org (organisation_id) VALUES ($1) ON CONFLICT DO NOTHING`, [after.organisationId]);
}

/** The calendar year of an instant in Asia/Shanghai (UTC+8 all year, no daylight saving since 1991). */
export function allianceYear(instant: string): number {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).getUTCFullYear();
}

/** Today in Asia/Shanghai, YYYY-MM-DD. */
export function allianceToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
