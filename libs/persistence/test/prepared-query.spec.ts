import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { dropSchema, openServiceDataSource, preparedQuery } from '../src';

const url =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

describe('preparedQuery (real PostgreSQL)', () => {
  const schema = `t_prep_${randomBytes(4).toString('hex')}`;
  let ds: DataSource;

  beforeAll(async () => {
    // Two connections for the migrations' lock; the statements below then find one connection idle.
    ds = await openServiceDataSource({ url, schema, entities: [], migrations: [], poolSize: 2 });
  });
  afterAll(async () => {
    await ds?.destroy();
    await dropSchema(url, schema);
  });

  const prepared = async () =>
    (
      (await preparedQuery<{ statements: string[] }>(
        ds,
        `SELECT coalesce(array_agg(statement ORDER BY statement), '{}') AS statements FROM pg_prepared_statements`,
        [],
      )) as { statements: string[] }[]
    )[0].statements;

  it('answers with the rows, parameters bound', async () => {
    const rows = await preparedQuery<{ n: number; label: string }>(ds, 'SELECT $1::int + 1 AS n, $2::text AS label', [41, '启明']);
    expect(rows).toEqual([{ n: 42, label: '启明' }]);
  });

  it('prepares each text once per connection and keeps it for the next request', async () => {
    const sql = 'SELECT $1::int * 2 AS doubled';
    for (let i = 0; i < 8; i++) expect(await preparedQuery(ds, sql, [i])).toEqual([{ doubled: i * 2 }]);
    // Both pool connections may have served it: each holds the statement at most once.
    const statements = await Promise.all([prepared(), prepared()]);
    for (const held of statements) expect(held.filter((s) => s === sql).length).toBeLessThanOrEqual(1);
    expect(statements.flat()).toContain(sql);
  });

  it('reports a failing statement and leaves the connection usable', async () => {
    await expect(preparedQuery(ds, 'SELECT 1 / $1::int AS x', [0])).rejects.toMatchObject({ code: '22012' });
    expect(await preparedQuery(ds, 'SELECT 1 / $1::int AS x', [1])).toEqual([{ x: 1 }]);
  });
});
