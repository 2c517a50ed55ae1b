import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { deferStatement, dropSchema, openServiceDataSource, PipelinedClient } from '../src';

const url =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

class CreateNotes1700000000002 implements MigrationInterface {
  name = 'CreateNotes1700000000002';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE note');
  }
}

/** Counts the socket writes of the connection `manager` runs on, from now on. */
function countWrites(manager: EntityManager): () => number {
  const client = (manager.queryRunner as unknown as { databaseConnection: PipelinedClient }).databaseConnection;
  const socket = (client as unknown as { connection: { stream: Record<string, (...args: unknown[]) => unknown> } })
    .connection.stream;
  let writes = 0;
  for (const method of ['_write', '_writev']) {
    const original = socket[method].bind(socket);
    socket[method] = (...args: unknown[]) => {
      writes += 1;
      return original(...args);
    };
  }
  return () => writes;
}

const notes = async (ds: DataSource) =>
  ((await ds.query('SELECT id, body FROM note ORDER BY id')) as { id: number; body: string }[]).map((n) => n.id);

describe('pipelined connections of a service DataSource (real PostgreSQL)', () => {
  const schema = `t_pipe_${randomBytes(4).toString('hex')}`;
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openServiceDataSource({ url, schema, entities: [], migrations: [CreateNotes1700000000002], poolSize: 2 });
  });
  afterAll(async () => {
    await ds?.destroy();
    await dropSchema(url, schema);
  });
  beforeEach(() => ds.query('TRUNCATE note'));

  it('commits a deferred statement with the transaction, sent together with the statement after it', async () => {
    let writes = -1;
    await ds.transaction(async (manager) => {
      const written = countWrites(manager); // BEGIN is still held back at this point
      await manager.query(`INSERT INTO note (id, body) VALUES (1, 'state')`);
      await deferStatement(manager, 'INSERT INTO note (id, body) VALUES ($1, $2)', [2, 'event']);
      await manager.query(`SELECT 1`);
      writes = written();
    });
    expect(await notes(ds)).toEqual([1, 2]);
    // BEGIN with the first INSERT, then the deferred INSERT with the SELECT.
    expect(writes).toBe(2);
  });

  it('fails the transaction when a deferred statement fails, and keeps nothing of it', async () => {
    await ds.query(`INSERT INTO note (id, body) VALUES (7, 'there before')`);
    const outcome = ds.transaction(async (manager) => {
      await manager.query(`INSERT INTO note (id, body) VALUES (8, 'state')`);
      await deferStatement(manager, 'INSERT INTO note (id, body) VALUES ($1, $2)', [7, 'clashes']);
    });
    await expect(outcome).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23505' }) });
    expect(await notes(ds)).toEqual([7]);
    // The connection is clean for whoever takes it next.
    await ds.transaction((manager) => manager.query(`INSERT INTO note (id, body) VALUES (9, 'after')`));
    expect(await notes(ds)).toEqual([7, 9]);
  });

  it('sends a transaction’s BEGIN with its first statement', async () => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      const written = countWrites(runner.manager);
      await runner.startTransaction();
      await runner.query(`INSERT INTO note (id, body) VALUES (11, 'first')`);
      expect(written()).toBe(1);
      await runner.commitTransaction();
      expect(written()).toBe(2);
    } finally {
      await runner.release();
    }
    expect(await notes(ds)).toEqual([11]);
  });

  it('still reports the failure of a statement that follows a deferred BEGIN', async () => {
    const outcome = ds.transaction((manager) => manager.query('SELECT * FROM no_such_table'));
    await expect(outcome).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '42P01' }) });
    expect(await ds.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
