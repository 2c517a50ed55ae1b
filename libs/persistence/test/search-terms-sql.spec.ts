import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  dropSchema,
  ensureSchema,
  queryTerms,
  searchTerms,
  searchTermsFunctionSql,
  SEARCH_TERMS_FUNCTION,
} from '../src';

const url =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The SQL function that computes the stored column must give exactly the terms of `searchTerms()`. */
describe('search terms in SQL (real PostgreSQL)', () => {
  const schema = `t_search_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: url });

  beforeAll(async () => {
    await ensureSchema(url, schema);
    await client.connect();
    await client.query(`SET search_path = "${schema}"`);
    await client.query(searchTermsFunctionSql());
  });
  afterAll(async () => {
    await client.end();
    await dropSchema(url, schema);
  });

  const texts = [
    '成都市启明高新托育中心第二分园 Qiming Childcare Centre 91510100MA00000001',
    '咿薇托育  Yiwei Childcare 9151010071234567X8',
    'ABC托育·中心（高新）x1 Ünïcode ＡＢＣ',
    '𠀀𠀁 ほいく 보육 Kelvin_Sign%',
    '',
    '   ',
    'a',
    '启',
  ];

  it.each(texts)('agrees with searchTerms() on %j', async (text) => {
    const { rows } = await client.query<{ terms: string[] }>(`SELECT ${SEARCH_TERMS_FUNCTION}($1) AS terms`, [
      text,
    ]);
    expect(rows[0].terms).toEqual(searchTerms(text));
  });

  it('is IMMUTABLE, so a generated column and its index may use it', async () => {
    const { rows } = await client.query<{ provolatile: string }>(
      `SELECT provolatile FROM pg_proc WHERE proname = $1 AND pronamespace = $2::regnamespace`,
      [SEARCH_TERMS_FUNCTION, schema],
    );
    expect(rows).toEqual([{ provolatile: 'i' }]);
  });

  it('finds rows by a generated column and rechecks with ILIKE', async () => {
    await client.query(
      `CREATE TABLE doc (title text, terms text[] GENERATED ALWAYS AS (${SEARCH_TERMS_FUNCTION}(title)) STORED)`,
    );
    await client.query(`INSERT INTO doc (title) VALUES ('启明托育'), ('明启托育'), ('启 明')`);
    const { rows } = await client.query<{ title: string }>(
      `SELECT title FROM doc WHERE terms @> $1::text[] ORDER BY title`,
      [queryTerms('启明')],
    );
    expect(rows.map((r) => r.title)).toEqual(['启明托育']);
  });
});
