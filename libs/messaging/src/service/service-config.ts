import { databaseUrlFromEnv } from '@alliance/persistence';
import { natsUrlFromEnv, streamReplicasFromEnv } from '../messaging-options';

/** What every service reads from its environment; `<SERVICE>_*` variables override the shared ones. */
export interface ServiceConfig {
  /** The service's name: its schema by default, RPC subjects, queue group and durable consumer names. */
  service: string;
  databaseUrl: string;
  /** The schema the service owns (its tables, outbox, inbox, migrations). */
  schema: string;
  natsUrl: string;
  subjectPrefix: string;
  streamPrefix: string;
  /** Replicas of the service's streams (STREAM_REPLICAS, default 1; 3 on a JetStream cluster). */
  streamReplicas?: number;
  /** Run the outbox relay in this process (tests may turn it off to read the outbox untouched). */
  relayEnabled: boolean;
  /** pino level: trace, debug, info, warn, error, fatal or silent. */
  logLevel: string;
  /**
   * Connections in the service's PostgreSQL pool (DB_POOL_SIZE; default 10). With many instances the
   * pools together must stay under the server's max_connections.
   */
  poolSize?: number;
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/** `membership` → `MEMBERSHIP`, `talent-pool` → `TALENT_POOL`. */
export function envPrefixOf(service: string): string {
  return service.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

export function serviceConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const own = (name: string): string | undefined =>
    env[`${envPrefixOf(service)}_${name}`]?.trim() || undefined;
  const logLevel = (own('LOG_LEVEL') ?? env.LOG_LEVEL?.trim() ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }
  return {
    service,
    databaseUrl: own('DATABASE_URL') ?? databaseUrlFromEnv(env),
    schema: own('DB_SCHEMA') ?? service,
    natsUrl: natsUrlFromEnv(env),
    subjectPrefix: env.SUBJECT_PREFIX ?? '',
    streamPrefix: env.STREAM_PREFIX ?? '',
    streamReplicas: streamReplicasFromEnv(env),
    relayEnabled: own('RELAY_ENABLED') !== 'false',
    logLevel,
    ...poolSizeOf(own('DB_POOL_SIZE') ?? env.DB_POOL_SIZE?.trim()),
  };
}

function poolSizeOf(value: string | undefined): { poolSize?: number } {
  if (!value) return {};
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new Error(`DB_POOL_SIZE must be a whole number from 1 to 1000 (got "${value}")`);
  }
  return { poolSize: size };
}
