import { DomainError, ErrorCode } from '@alliance/contracts';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

export interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * Locks one aggregate row (`FOR UPDATE`) and checks the version the caller read. Under the lock a
 * concurrent change waits and then sees the new version, so of two changes made from one read exactly one
 * wins and the other answers VERSION_CONFLICT (409) — never a lost update.
 * `what` names the aggregate in messages ("member organisation", "working group").
 */
export async function lockVersioned<T extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  what: string,
): Promise<T> {
  const row = await manager
    .getRepository(entity)
    .findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new DomainError(ErrorCode.NotFound, `${what} ${id} not found`);
  if (row.version !== expectedVersion) {
    throw new DomainError(
      ErrorCode.VersionConflict,
      `${what} ${id} was changed meanwhile (version ${row.version}, expected ${expectedVersion})`,
      { currentVersion: row.version, expectedVersion },
    );
  }
  return row;
}
