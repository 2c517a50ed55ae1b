import type { FindingSeverity } from '@alliance/contracts/compliance';
import path from 'node:path';
import type { SeverityRules } from '../audit/scoring';
import { storageFromEnv, type StorageSettings } from '@alliance/storage';

/** The compliance service's own settings (`COMPLIANCE_*`), besides the ServiceConfig every service has. */
export interface ComplianceConfig {
  /** An admitted member's onboarding audit is planned this many days after admission. */
  onboardingWithinDays: number;
  /** The standard code whose published edition onboarding audits use. */
  onboardingStandardCode: string;
  severity: SeverityRules;
  /** Where evidence files live: `COMPLIANCE_EVIDENCE_STORE`, `_DIR`, `_S3_*` (libs/storage). */
  evidence: StorageSettings & {
    /** Largest evidence file accepted, in bytes (base64 on NATS must stay under its max_payload, 1 MiB). */
    maxBytes: number;
  };
  /** Run the overdue check on a timer (tests call the RPC instead). */
  overdueCheckEnabled: boolean;
  overdueCheckIntervalMs: number;
}

export const COMPLIANCE_CONFIG = Symbol('COMPLIANCE_CONFIG');
export const SEED_STANDARD_CODE = 'TY-QA';

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

export function complianceConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ComplianceConfig {
  const dueDays: Record<FindingSeverity, number> = {
    critical: positiveInt(env, 'COMPLIANCE_DUE_DAYS_CRITICAL', 7),
    major: positiveInt(env, 'COMPLIANCE_DUE_DAYS_MAJOR', 30),
    minor: positiveInt(env, 'COMPLIANCE_DUE_DAYS_MINOR', 90),
  };
  const dataDir = env.DATA_DIR?.trim() || path.resolve('.data');
  return {
    onboardingWithinDays: positiveInt(env, 'COMPLIANCE_ONBOARDING_WITHIN_DAYS', 30),
    onboardingStandardCode: env.COMPLIANCE_ONBOARDING_STANDARD?.trim() || SEED_STANDARD_CODE,
    severity: { majorFromPointsLost: positiveInt(env, 'COMPLIANCE_MAJOR_FROM_POINTS_LOST', 15), dueDays },
    evidence: {
      maxBytes: positiveInt(env, 'COMPLIANCE_EVIDENCE_MAX_BYTES', 512 * 1024),
      ...storageFromEnv(env, 'COMPLIANCE_EVIDENCE_', path.join(dataDir, 'compliance', 'evidence')),
    },
    overdueCheckEnabled: env.COMPLIANCE_OVERDUE_CHECK !== 'off',
    overdueCheckIntervalMs: positiveInt(env, 'COMPLIANCE_OVERDUE_CHECK_INTERVAL_MS', 3_600_000),
  };
}
