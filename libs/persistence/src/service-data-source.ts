import { DataSource, type EntityManager, type MixedList, type EntitySchema } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { assertIdentifier } from './database-url';
import { ensureDatabase, ensureSchema } from './schema-admin';
import { PipelinedClient } from './pipelined-client';

export interface ServiceDatabaseOptions {
  /** PostgreSQL connection URL; each service has its own, so it can move to its own database. */
  url: string;
  /** The schema this service owns; every table and the migrations table live in it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  applicationName?: string;
  poolSize?: number;
  logging?: boolean;
}

/**
 * A DataSource bound to one schema. `search_path` is set on every connection so that raw SQL in
 * migrations and queries needs no schema qualifier; TypeORM qualifies entity tables itself.
 * Schema changes happen only through migrations (never `synchronize`).
 */
export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  const schema = assertIdentifier(options.schema, 'schema');
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: options.logging ?? false,
    applicationName: options.applicationName ?? schema,
    poolSize: options.poolSize ?? 10,
    connectTimeoutMS: 5000,
    // READ COMMITTED pinned per connection, whatever the server's default: inTransaction then starts
    // a transaction in one round trip instead of two (START TRANSACTION + SET TRANSACTION ...).
    // Pipelined connections: a transaction's BEGIN and its outbox row cost no round trip of their own.
    extra: {
      Client: PipelinedClient,
      options: `-c search_path="${schema}",public -c default_transaction_isolation=read\\ committed`,
    },
  });
}

/** Creates database and schema if needed, connects, and runs pending migrations under a lock. */
export async function openServiceDataSource(options: ServiceDatabaseOptions): Promise<DataSource> {
  await ensureDatabase(options.url);
  await ensureSchema(options.url, options.schema);
  const dataSource = createServiceDataSource(options);
  await dataSource.initialize();
  try {
    await runMigrationsExclusively(dataSource, options.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Two instances of a service starting together must not run the same migration twice. */
async function runMigrationsExclusively(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`])
      .catch(() => undefined);
    await runner.release();
  }
}

/**
 * Runs `work` in one transaction: everything it writes commits together or not at all. READ COMMITTED
 * unless `isolation` says otherwise (the connection's default, see createServiceDataSource).
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  return isolation && isolation !== 'READ COMMITTED'
    ? dataSource.transaction(isolation, work)
    : dataSource.transaction(work);
}
