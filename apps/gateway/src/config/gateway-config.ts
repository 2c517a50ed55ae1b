import { randomBytes } from 'node:crypto';
import { databaseUrlFromEnv } from '@alliance/persistence';

/** Everything the gateway reads from its environment, resolved once at start. */
export interface GatewayConfig {
  port: number;
  /** `'127.0.0.1'` in tests; `undefined` listens on every interface. */
  host?: string;
  databaseUrl: string;
  dbSchema: string;
  natsUrl: string;
  subjectPrefix: string;
  rpcTimeoutMs: number;
  jwtSecret: string;
  jwtTtlSeconds: number;
  adminUsername: string;
  adminPassword: string;
  logLevel: string;
  /** Login attempts per (client address, username) within the window before 429. */
  loginRateLimit: { limit: number; ttlMs: number };
  /** Services the gateway forwards to; `/ready` pings each of them. */
  services: string[];
  /**
   * Consecutive failed logins of one username before it is refused (429) for `baseMs`, doubling with
   * each further failure up to `maxMs` (default DEFAULT_LOGIN_LOCKOUT).
   */
  loginLockout?: LoginLockoutConfig;
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins?: string[];
  /**
   * Which proxies' X-Forwarded-For to believe (Express's `trust proxy`: a hop count, or addresses and
   * subnets such as `loopback, 10.0.0.0/8`); none by default. Behind an ingress the per-address login
   * limit otherwise counts every client as the ingress controller.
   */
  trustProxy?: number | string;
  /**
   * How long a service's outbox relay may fail to publish before `/ready` answers 503 and `/pipeline`
   * marks it stalled (default DEFAULT_RELAY_STALL_MS).
   */
  relayStallMs?: number;
  /**
   * How long the gateway may answer from its in-memory copy of an account (role, binding, disabled,
   * temporary password) before reading it again (default DEFAULT_ACCOUNT_CACHE_TTL_MS; 0: read it on
   * every request). Account changes through any gateway invalidate the copies at once; this bounds
   * only changes the gateways did not see (a NATS outage, an edit in the database).
   */
  accountCacheTtlMs?: number;
}

export const DEFAULT_ACCOUNT_CACHE_TTL_MS = 5_000;

export const DEFAULT_RELAY_STALL_MS = 30_000;

export interface LoginLockoutConfig {
  failures: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_LOGIN_LOCKOUT: LoginLockoutConfig = { failures: 5, baseMs: 30_000, maxMs: 300_000 };

export const DEFAULT_ADMIN_USERNAME = 'admin';
export const DEFAULT_ADMIN_PASSWORD = 'admin-change-me';

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

function trustProxyFromEnv(value: string | undefined): number | string | undefined {
  const raw = value?.trim();
  if (!raw || raw === 'false') return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw === 'true')
    throw new Error(
      'TRUST_PROXY=true would believe any client’s X-Forwarded-For: name the hops or the proxies',
    );
  return raw;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.JWT_SECRET?.trim();
  // A generated secret would silently log everybody out on every restart and differ between instances.
  if (production && !jwtSecret) throw new Error('JWT_SECRET is required when NODE_ENV=production');
  // The default is printed in the README: in production it would be the first thing anyone tries.
  const adminPassword = env.ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD;
  if (production && adminPassword === DEFAULT_ADMIN_PASSWORD)
    throw new Error(
      'ADMIN_PASSWORD must be set to something other than the default when NODE_ENV=production',
    );
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST?.trim() || undefined,
    databaseUrl: env.GATEWAY_DATABASE_URL?.trim() || databaseUrlFromEnv(env),
    dbSchema: env.GATEWAY_DB_SCHEMA?.trim() || 'gateway',
    natsUrl: env.NATS_URL?.trim() || 'nats://127.0.0.1:4222',
    subjectPrefix: env.SUBJECT_PREFIX ?? '',
    rpcTimeoutMs: int(env.RPC_TIMEOUT_MS, 5000, 'RPC_TIMEOUT_MS'),
    jwtSecret: jwtSecret || randomBytes(32).toString('base64url'),
    jwtTtlSeconds: int(env.JWT_TTL_SECONDS, 3600, 'JWT_TTL_SECONDS'),
    adminUsername: env.ADMIN_USERNAME?.trim() || DEFAULT_ADMIN_USERNAME,
    adminPassword,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    loginRateLimit: {
      limit: int(env.LOGIN_RATE_LIMIT, 10, 'LOGIN_RATE_LIMIT'),
      ttlMs: int(env.LOGIN_RATE_WINDOW_MS, 60_000, 'LOGIN_RATE_WINDOW_MS'),
    },
    services: (env.GATEWAY_SERVICES ?? 'membership')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    relayStallMs: int(env.RELAY_STALL_MS, DEFAULT_RELAY_STALL_MS, 'RELAY_STALL_MS'),
    accountCacheTtlMs: int(env.ACCOUNT_CACHE_TTL_MS, DEFAULT_ACCOUNT_CACHE_TTL_MS, 'ACCOUNT_CACHE_TTL_MS'),
    loginLockout: {
      failures: int(env.LOGIN_LOCKOUT_FAILURES, DEFAULT_LOGIN_LOCKOUT.failures, 'LOGIN_LOCKOUT_FAILURES'),
      baseMs: int(env.LOGIN_LOCKOUT_MS, DEFAULT_LOGIN_LOCKOUT.baseMs, 'LOGIN_LOCKOUT_MS'),
      maxMs: int(env.LOGIN_LOCKOUT_MAX_MS, DEFAULT_LOGIN_LOCKOUT.maxMs, 'LOGIN_LOCKOUT_MAX_MS'),
    },
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
