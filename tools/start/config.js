// What the launcher reads from the environment. The services read the same variables
// (docs/conventions.md); the launcher only decides the infrastructure URLs and hands them on.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

function intFromEnv(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isInteger(value) || value <= 0 || value > 65535)
    throw new Error(`${name} must be a port number`);
  return value;
}

function flag(env, name) {
  return ['1', 'true', 'yes'].includes(String(env[name] ?? '').toLowerCase());
}

function loadConfig(env = process.env) {
  // START_TEST_DEFAULT_*_PORT exist for the launcher's own tests only: they move the localhost defaults
  // that are probed (and where embedded servers go) so the machine's shared servers look absent.
  const defaultPostgresPort = intFromEnv(env, 'START_TEST_DEFAULT_POSTGRES_PORT', 5432);
  const defaultNatsPort = intFromEnv(env, 'START_TEST_DEFAULT_NATS_PORT', 4222);
  const port = intFromEnv(env, 'PORT', 3000);
  return {
    root: ROOT,
    dataDir: path.join(ROOT, '.data'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    natsUrl: env.NATS_URL?.trim() || null,
    defaultDatabaseUrl: `postgres://postgres@127.0.0.1:${defaultPostgresPort}/alliance`,
    defaultNatsUrl: `nats://127.0.0.1:${defaultNatsPort}`,
    defaultPostgresPort,
    defaultNatsPort,
    port,
    gatewayUrl: `http://127.0.0.1:${port}`,
    publicUrl: `http://localhost:${port}`,
    adminUsername: env.ADMIN_USERNAME || 'admin',
    adminPassword: env.ADMIN_PASSWORD || 'admin-change-me',
    fromSource: flag(env, 'START_FROM_SOURCE'),
    skipBuild: flag(env, 'START_SKIP_BUILD'),
    skipDemo: flag(env, 'START_NO_DEMO'),
    natsCluster: clusterSize(env),
    readyTimeoutMs: intFromEnvMs(env, 'START_READY_TIMEOUT_MS', 180_000),
  };
}

/** START_NATS_CLUSTER=3 (or 5): a local JetStream cluster instead of one server; null when unset. */
function clusterSize(env) {
  const raw = env.START_NATS_CLUSTER?.trim();
  if (!raw) return null;
  const size = Number(raw);
  if (![3, 5].includes(size)) throw new Error(`START_NATS_CLUSTER must be 3 or 5 (got "${raw}")`);
  if (env.NATS_URL?.trim()) throw new Error('START_NATS_CLUSTER and NATS_URL exclude each other: unset one');
  return size;
}

function intFromEnvMs(env, name, fallback) {
  const value = Number.parseInt(env[name] ?? '', 10);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

module.exports = { loadConfig, ROOT };
