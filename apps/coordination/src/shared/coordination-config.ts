import { storageFromEnv, type StorageSettings } from '@alliance/storage';
import path from 'node:path';

/** The coordination service's own settings (`COORDINATION_*`), besides the ServiceConfig every service has. */
export interface CoordinationConfig {
  /**
   * The key that signs meeting sign-in codes. Every instance needs the same one (a code shown by one is
   * checked by another); without it a code could be forged by anyone who knows the meeting id.
   */
  signInSecret: string;
  /** A new sign-in code every this many seconds (the QR code changes every minute). */
  signInPeriodSeconds: number;
  /** A code stays valid this long after its period ends, for a scan begun just before the change. */
  signInGraceSeconds: number;
  /** Reminder days before an acknowledgement deadline when the notice says none. */
  defaultReminderDaysBefore: number;
  /** Run the reminder and overdue checks on a timer (tests call the RPCs or set a short interval). */
  checksEnabled: boolean;
  checkIntervalMs: number;
  /** Files on notices and library entries: `COORDINATION_ATTACHMENT_STORE`, `_DIR`, `_S3_*` (libs/storage). */
  attachments: StorageSettings & {
    /** Largest file accepted, in bytes (base64 on NATS must stay under its max_payload, 1 MiB). */
    maxBytes: number;
  };
}

export const COORDINATION_CONFIG = Symbol('COORDINATION_CONFIG');

/** Only for `npm start` and tests: a deployment sets COORDINATION_SIGN_IN_SECRET (the manifests require it). */
const DEVELOPMENT_SECRET = 'coordination-development-sign-in-secret';

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}

export function coordinationConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CoordinationConfig {
  const secret = env.COORDINATION_SIGN_IN_SECRET?.trim();
  if (!secret && env.NODE_ENV === 'production') {
    throw new Error('COORDINATION_SIGN_IN_SECRET must be set in production');
  }
  if (secret && secret.length < 16)
    throw new Error('COORDINATION_SIGN_IN_SECRET must be at least 16 characters');
  return {
    signInSecret: secret || DEVELOPMENT_SECRET,
    signInPeriodSeconds: positiveInt(env, 'COORDINATION_SIGN_IN_PERIOD_SECONDS', 60),
    signInGraceSeconds: positiveInt(env, 'COORDINATION_SIGN_IN_GRACE_SECONDS', 15, 0),
    defaultReminderDaysBefore: positiveInt(env, 'COORDINATION_REMINDER_DAYS_BEFORE', 2, 0),
    checksEnabled: env.COORDINATION_CHECKS !== 'off',
    checkIntervalMs: positiveInt(env, 'COORDINATION_CHECK_INTERVAL_MS', 600_000),
    attachments: {
      maxBytes: positiveInt(env, 'COORDINATION_ATTACHMENT_MAX_BYTES', 512 * 1024),
      ...storageFromEnv(
        env,
        'COORDINATION_ATTACHMENT_',
        path.join(env.DATA_DIR?.trim() || path.resolve('.data'), 'coordination', 'attachments'),
      ),
    },
  };
}
