import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropSchema, inTransaction, openServiceDataSource } from '../src';

const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

class CreateNote1700000000000 implements MigrationInterface {
  name = 'CreateNote1700000000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL UNIQUE)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE note');
  }
}

describe('service data source (real PostgreSQL)', () => {
  const schema = `t_persist_${randomBytes(4).toString('hex')}`;
  afterAll(() => dropSchema(url, schema));

  it('creates its schema, runs migrations once even when two instances start together, and scopes SQL to it', async () => {
    const options = { url, schema, entities: [], migrations: [CreateNote1700000000000] };
    const [a, b] = await Promise.all([openServiceDataSource(options), openServiceDataSource(options)]);
    try {
      const applied = await a.query(`SELECT name FROM "${schema}".migrations`);
      expect(applied).toEqual([{ name: 'CreateNote1700000000000' }]);
      await a.query(`INSERT INTO note (body) VALUES ('托育')`);
      const [{ count }] = await b.query(`SELECT count(*)::int AS count FROM "${schema}".note`);
      expect(count).toBe(1);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
    }
  });

  it('rolls back every write of a failed transaction', async () => {
    const ds = await openServiceDataSource({ url, schema, entities: [], migrations: [CreateNote1700000000000] });
    try {
      await expect(
        inTransaction(ds, async (m) => {
          await m.query(`INSERT INTO note (body) VALUES ('first')`);
          await m.query(`INSERT INTO note (body) VALUES ('托育')`); // duplicate: unique violation
        }),
      ).rejects.toThrow(/duplicate key/);
      const rows = await ds.query(`SELECT body FROM note WHERE body = 'first'`);
      expect(rows).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('starts a READ COMMITTED transaction in one statement, and another isolation when asked', async () => {
    const ds = await openServiceDataSource({ url, schema, entities: [], migrations: [CreateNote1700000000000] });
    // Every statement any query runner of this data source sends, recorded from the runners' prototype.
    const probe = ds.createQueryRunner();
    const proto = Object.getPrototypeOf(probe) as { query: (sql: string, ...rest: unknown[]) => Promise<unknown> };
    const original = proto.query;
    const statements: string[] = [];
    proto.query = function (this: unknown, sql: string, ...rest: unknown[]) {
      statements.push(sql);
      return original.call(this, sql, ...rest);
    };
    try {
      const committed = await inTransaction(ds, (m) => m.query(`SHOW transaction_isolation`));
      expect(committed).toEqual([{ transaction_isolation: 'read committed' }]);
      expect(statements).toEqual(['START TRANSACTION', 'SHOW transaction_isolation', 'COMMIT']);
      const repeatable = await inTransaction(ds, (m) => m.query(`SHOW transaction_isolation`), 'REPEATABLE READ');
      expect(repeatable).toEqual([{ transaction_isolation: 'repeatable read' }]);
    } finally {
      proto.query = original;
      await probe.release();
      await ds.destroy();
    }
  });
});
