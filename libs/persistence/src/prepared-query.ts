import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a hot read as a named prepared statement: PostgreSQL parses and plans it once per connection
 * (a generic plan once it proves as good as the custom ones), instead of on every request. Planning
 * dominated the member list — a few dozen indexes on `member` for the planner to weigh, against well
 * under a millisecond of execution.
 *
 * The name is derived from the SQL text, so every shape of a query built from filters gets its own
 * statement, and the same text always reuses it. Only for SQL whose text comes from code (values
 * always as parameters); the number of distinct texts is what each connection keeps prepared.
 */
export async function preparedQuery<T>(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    const client = (await runner.connect()) as PoolClient;
    const result = await client.query({ name: statementName(sql), text: sql, values: parameters });
    return result.rows as T[];
  } finally {
    await runner.release();
  }
}

const names = new Map<string, string>();

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `p_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}
