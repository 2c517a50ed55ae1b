import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { dropSchema } from '@alliance/persistence';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_TEST_NATS_URL = 'nats://127.0.0.1:4222';

/** The database tests use: TEST_DATABASE_URL (set by the Jest global setup when it starts an embedded one). */
export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

export function testNatsUrl(): string {
  return process.env.TEST_NATS_URL || process.env.NATS_URL || DEFAULT_TEST_NATS_URL;
}

/** A short token unique to this run, usable in schema, stream and subject names. */
export function uniqueToken(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/**
 * Everything a test run needs to stay out of the way of other runs and of a developer's running
 * system on the same servers: its own schemas, its own subject prefix, its own stream names.
 */
export class TestEnvironment {
  readonly token = uniqueToken();
  readonly databaseUrl = testDatabaseUrl();
  readonly natsUrl = testNatsUrl();
  readonly subjectPrefix = `t${this.token}.`;
  readonly streamPrefix = `T${this.token}`.toUpperCase();
  private readonly schemas = new Set<string>();

  constructor(readonly label: string) {}

  /** A schema name for one service of this run; dropped by `cleanup()`. */
  schema(service: string): string {
    const name = `t_${this.token}_${service.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`.slice(0, 63);
    this.schemas.add(name);
    return name;
  }

  /** Environment variables for a service process of this run. */
  serviceEnv(service: string, extra: Record<string, string> = {}): Record<string, string> {
    const key = service.toUpperCase().replace(/[^A-Z0-9]/g, '_');
    return {
      DATABASE_URL: this.databaseUrl,
      [`${key}_DB_SCHEMA`]: this.schema(service),
      NATS_URL: this.natsUrl,
      SUBJECT_PREFIX: this.subjectPrefix,
      STREAM_PREFIX: this.streamPrefix,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      ...extra,
    };
  }

  async cleanup(natsUrl = this.natsUrl): Promise<void> {
    for (const schema of this.schemas) await dropSchema(this.databaseUrl, schema);
    this.schemas.clear();
    await deleteStreams(natsUrl, this.streamPrefix).catch(() => undefined);
  }
}

export async function deleteStreams(natsUrl: string, prefix: string): Promise<void> {
  const nc = await connect({ servers: natsUrl, timeout: 2000 });
  try {
    const jsm = await jetstreamManager(nc);
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith(prefix)) await jsm.streams.delete(info.config.name);
    }
  } finally {
    await nc.close();
  }
}
