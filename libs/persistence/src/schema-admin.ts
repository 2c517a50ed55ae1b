import { Client } from 'pg';
import { assertIdentifier, databaseName, withDatabase } from './database-url';
import { PgErrorCode, pgErrorCode } from './postgres-errors';

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` when it does not exist yet (first start on a fresh server). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = assertIdentifier(databaseName(url), 'database');
  await withClient(withDatabase(url, 'postgres'), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      if (!isConcurrentCreate(error, PgErrorCode.DuplicateDatabase)) throw error;
    }
  });
}

export async function ensureSchema(url: string, schema: string): Promise<void> {
  assertIdentifier(schema, 'schema');
  await withClient(url, async (client) => {
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (error) {
      if (!isConcurrentCreate(error, PgErrorCode.DuplicateSchema)) throw error;
    }
  });
}

/**
 * Two instances starting together may both try to create the same database or schema; IF NOT
 * EXISTS does not protect against that race (the loser gets a unique violation on the catalog).
 */
function isConcurrentCreate(error: unknown, duplicateCode: PgErrorCode): boolean {
  const code = pgErrorCode(error);
  return code === duplicateCode || code === PgErrorCode.UniqueViolation;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  assertIdentifier(schema, 'schema');
  await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
}

/** True when a PostgreSQL server answers at `url` within the timeout. */
export async function isPostgresReachable(url: string, timeoutMs = 2000): Promise<boolean> {
  const client = new Client({
    connectionString: withDatabase(url, 'postgres'),
    connectionTimeoutMillis: timeoutMs,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
