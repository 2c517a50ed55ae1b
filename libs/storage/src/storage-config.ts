import { LocalDirectoryStorage, type FileStorage } from './file-storage';
import { S3FileStorage, type S3StorageSettings } from './s3-file-storage';

/** Where a service keeps its files: a local directory, or an S3-compatible bucket when `s3` is set. */
export interface StorageSettings {
  /** Where the local storage keeps files. */
  directory: string;
  /** An S3-compatible bucket instead of the directory (`<PREFIX>STORE=s3`). */
  s3?: S3StorageSettings;
}

/**
 * A service's storage settings from its variables, all named `<prefix>…`: `<prefix>STORE` (local | s3),
 * `<prefix>DIR`, `<prefix>S3_ENDPOINT`, `_REGION`, `_BUCKET`, `_ACCESS_KEY_ID`, `_SECRET_ACCESS_KEY`,
 * `_FORCE_PATH_STYLE`, `_PREFIX` — e.g. `COMPLIANCE_EVIDENCE_` or `COORDINATION_ATTACHMENT_`.
 */
export function storageFromEnv(
  env: NodeJS.ProcessEnv,
  prefix: string,
  defaultDirectory: string,
): StorageSettings {
  return { directory: env[`${prefix}DIR`]?.trim() || defaultDirectory, s3: s3FromEnv(env, prefix) };
}

/** The store the settings choose. */
export function fileStorageFor(settings: StorageSettings): FileStorage {
  return settings.s3 ? new S3FileStorage(settings.s3) : new LocalDirectoryStorage(settings.directory);
}

/**
 * The bucket settings when `<prefix>STORE=s3`, checked here so that a wrong or missing one stops the service at
 * start with every problem named, rather than failing the first upload in the middle of someone's work.
 */
function s3FromEnv(env: NodeJS.ProcessEnv, prefix: string): S3StorageSettings | undefined {
  const STORE = `${prefix}STORE`;
  const S3 = `${prefix}S3_`;
  const store = env[STORE]?.trim().toLowerCase() || 'local';
  if (store === 'local') return undefined;
  if (store !== 's3') throw new Error(`${STORE} must be "local" (the default) or "s3", not "${store}"`);
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
  let folder = value('PREFIX') ?? '';
  const segments = folder.replace(/\/$/, '').split('/');
  if (folder && segments.some((segment) => !/^[A-Za-z0-9._-]+$/.test(segment) || /^\.+$/.test(segment))) {
    problems.push(`${S3}PREFIX "${folder}" must be a folder path of A-Z a-z 0-9 . _ - separated by /`);
  }
  if (folder && !folder.endsWith('/')) folder = `${folder}/`;
  if (problems.length > 0) throw new Error(`${STORE}=s3 is not usable:\n- ${problems.join('\n- ')}`);
  return {
    endpoint,
    region: region as string,
    bucket: bucket as string,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: pathStyle === 'true',
    prefix: folder,
  };
}
