import type { EventEnvelope } from '@alliance/contracts';
import type { MemberProfileData, MemberStatusChangeData } from '@alliance/contracts/membership';
import type { EntityManager } from 'typeorm';

/**
 * A service's `member_organisation` table: its projection of member organisations from membership's events
 * only (organisation_id, name, [kind,] district_code, status, version, updated_at). The consumer applies an
 * organisation's events in aggregateVersion order and skips redeliveries; the row also keeps the version it
 * reflects and never goes back to an older one, whatever arrives.
 */
export interface MemberProjectionOptions {
  /** Whether the table keeps the organisation's kind (resources' does not). Default: it does. */
  kind?: boolean;
}

type Column = 'organisation_id' | 'name' | 'kind' | 'district_code' | 'status' | 'version' | 'updated_at';

/** Events that carry the whole public profile. Answers whether the event was applied (newer than the row). */
export function applyMemberProfile(
  manager: EntityManager,
  event: EventEnvelope<MemberProfileData>,
  options: MemberProjectionOptions = {},
): Promise<boolean> {
  const d = event.data;
  return upsert(manager, options, {
    organisation_id: event.aggregateId,
    name: d.name,
    kind: d.kind,
    district_code: d.districtCode,
    status: d.status,
    version: event.aggregateVersion,
    updated_at: event.occurredAt,
  });
}

/**
 * Status changes carry no kind: an organisation first seen through one (its earlier events lost to stream
 * limits) is kept as `other` until a profile event says more, and a known one keeps the kind it has.
 * Answers whether the event was applied (newer than the row).
 */
export function applyMemberStatus(
  manager: EntityManager,
  event: EventEnvelope<MemberStatusChangeData>,
  options: MemberProjectionOptions = {},
): Promise<boolean> {
  const d = event.data;
  return upsert(
    manager,
    options,
    {
      organisation_id: event.aggregateId,
      name: d.name,
      kind: 'other',
      district_code: d.districtCode,
      status: d.toStatus,
      version: event.aggregateVersion,
      updated_at: event.occurredAt,
    },
    'kind',
  );
}

async function upsert(
  manager: EntityManager,
  options: MemberProjectionOptions,
  row: Record<Column, unknown>,
  insertOnly?: Column,
): Promise<boolean> {
  const columns = (Object.keys(row) as Column[]).filter((c) => c !== 'kind' || options.kind !== false);
  const updated = columns.filter((c) => c !== 'organisation_id' && c !== insertOnly);
  const rows = (await manager.query(
    `INSERT INTO member_organisation (${columns.join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (organisation_id) DO UPDATE
       SET ${updated.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
       WHERE member_organisation.version < EXCLUDED.version
     RETURNING organisation_id`,
    columns.map((c) => row[c]),
  )) as unknown[];
  return rows.length > 0;
}
