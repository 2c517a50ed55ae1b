import type { FindingSeverity } from '@alliance/contracts/compliance';
import path from 'node:path';
import type { SeverityRules } from '../audit/scoring';
import type { S3EvidenceSettings } from '../evidence/s3-evidence-storage';

/** The compliance service's own settings (`COMPLIANCE_*`), besides the ServiceConfig every service has. */
export interface ComplianceConfig {
  /** An admitted member's onboarding audit is planned this many days after admission. */
  onboardingWithinDays: number;
  /** The standard code whose published edition onboarding audits use. */
  onboardingStandardCode: string;
  severity: SeverityRules;
  evidence: {
    /** Largest evidence file accepted, in bytes (base64 on NATS must stay under its max_payload, 1 MiB). */
    maxBytes: number;
    /** Where the local storage keeps files. */
    directory: string;
    /** An S3-compatible bucket instead of the directory (`COMPLIANCE_EVIDENCE_STORE=s3`). */
    s3?: S3EvidenceSettings;
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
      directory: env.COMPLIANCE_EVIDENCE_DIR?.trim() || path.join(dataDir, 'compliance', 'evidence'),
      s3: evidenceS3FromEnv(env),
    },
    overdueCheckEnabled: env.COMPLIANCE_OVERDUE_CHECK !== 'off',
    overdueCheckIntervalMs: positiveInt(env, 'COMPLIANCE_OVERDUE_CHECK_INTERVAL_MS', 3_600_000),
  };
}

const S3 = 'COMPLIANCE_EVIDENCE_S3_';

/**
 * The bucket settings when `COMPLIANCE_EVIDENCE_STORE=s3`, checked here so that a wrong or missing one stops the
 * service at start with every problem named, rather than failing the first upload in the middle of an audit.
 */
function evidenceS3FromEnv(env: NodeJS.ProcessEnv): S3EvidenceSettings | undefined {
  const store = env.COMPLIANCE_EVIDENCE_STORE?.trim().toLowerCase() || 'local';
  if (store === 'local') return undefined;
  if (store !== 's3') {
    throw new Error(`COMPLIANCE_EVIDENCE_STORE must be "local" (the default) or "s3", not "${store}"`);
  }
  const value = (name: string) => env[`${S3}${name}`]?.trim() || undefined;
  const problems: string[] = [];
  const endpoint = value('ENDPOINT');
  if (endpoint !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      problems.push(
        `${S3}ENDPOINT must be an http(s) URL such as https://s3.example.org:9000, not "${endpoint}"`,
      );
    }
  }
  const region = value('REGION');
  if (!region) problems.push(`${S3}REGION is required (us-east-1 for most self-hosted servers)`);
  const bucket = value('BUCKET');
  if (!bucket) problems.push(`${S3}BUCKET is required`);
  else if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    problems.push(`${S3}BUCKET "${bucket}" is not a valid bucket name (3–63 of a-z 0-9 . -)`);
  }
  const accessKeyId = value('ACCESS_KEY_ID');
  const secretAccessKey = value('SECRET_ACCESS_KEY');
  if (!accessKeyId !== !secretAccessKey) {
    problems.push(
      `${S3}ACCESS_KEY_ID and ${S3}SECRET_ACCESS_KEY go together (neither: the AWS default credential chain)`,
    );
  }
  const pathStyle = value('FORCE_PATH_STYLE')?.toLowerCase() ?? 'false';
  if (!['true', 'false'].includes(pathStyle)) {
    problems.push(`${S3}FORCE_PATH_STYLE must be true or false, not "${pathStyle}"`);
  }
  let prefix = value('PREFIX') ?? '';
  const segments = prefix.replace(/\/$/, '').split('/');
  if (prefix && segments.some((segment) => !/^[A-Za-z0-9._-]+$/.test(segment) || /^\.+$/.test(segment))) {
    problems.push(`${S3}PREFIX "${prefix}" must be a folder path of A-Z a-z 0-9 . _ - separated by /`);
  }
  if (prefix && !prefix.endsWith('/')) prefix = `${prefix}/`;
  if (problems.length > 0) {
    throw new Error(`COMPLIANCE_EVIDENCE_STORE=s3 is not usable:\n- ${problems.join('\n- ')}`);
  }
  return {
    endpoint,
    region: region as string,
    bucket: bucket as string,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: pathStyle === 'true',
    prefix,
  };
}
