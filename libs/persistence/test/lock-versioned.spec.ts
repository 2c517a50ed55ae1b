import { randomBytes, randomUUID } from 'node:crypto';
import { ErrorCode } from '@alliance/contracts';
import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { dropSchema, inTransaction, lockVersioned, openServiceDataSource } from '../src';

const url =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

@Entity({ name: 'ledger' })
class LedgerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('int') version!: number;
  @Column('int') balance!: number;
}

class CreateLedger1700000000001 implements MigrationInterface {
  name = 'CreateLedger1700000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE ledger (id uuid PRIMARY KEY, version int NOT NULL, balance int NOT NULL)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ledger');
  }
}

describe('lockVersioned (real PostgreSQL)', () => {
  const schema = `t_lockv_${randomBytes(4).toString('hex')}`;
  afterAll(() => dropSchema(url, schema));

  it('lets exactly one of two changes made from the same read win; the other is a version conflict', async () => {
    const ds = await openServiceDataSource({
      url,
      schema,
      entities: [LedgerEntity],
      migrations: [CreateLedger1700000000001],
      poolSize: 4,
    });
    try {
      const id = randomUUID();
      await ds.getRepository(LedgerEntity).insert({ id, version: 1, balance: 0 });
      const change = (amount: number) =>
        inTransaction(ds, async (manager) => {
          const row = await lockVersioned(manager, LedgerEntity, id, 1, 'ledger');
          // Widen the window between read and write: without the lock both would pass the check.
          await manager.query('SELECT pg_sleep(0.05)');
          row.balance += amount;
          row.version += 1;
          await manager.save(LedgerEntity, row);
        });

      const outcomes = await Promise.allSettled([change(10), change(20)]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({
        code: ErrorCode.VersionConflict,
        details: { currentVersion: 2, expectedVersion: 1 },
      });
      const row = await ds.getRepository(LedgerEntity).findOneByOrFail({ id });
      expect(row.version).toBe(2);
      expect([10, 20]).toContain(row.balance);
    } finally {
      await ds.destroy();
    }
  });

  it('answers NOT_FOUND for a row that does not exist', async () => {
    const ds = await openServiceDataSource({
      url,
      schema,
      entities: [LedgerEntity],
      migrations: [CreateLedger1700000000001],
    });
    try {
      await expect(
        inTransaction(ds, (manager) => lockVersioned(manager, LedgerEntity, randomUUID(), 1, 'ledger')),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    } finally {
      await ds.destroy();
    }
  });
});
