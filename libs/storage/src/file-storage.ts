import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files live (compliance's audit evidence, coordination's attachments). The owning service's
 * database keeps each file's SHA-256; whatever the storage, a read is checked against it (readVerified), so a
 * file changed behind the service's back is refused, never served. A local directory by default; an
 * S3-compatible bucket by configuration (s3-file-storage.ts). Both pass the same contract tests
 * (testing/storage-contract.ts).
 */
export interface FileStorage {
  /** What kind of store it is, for logs and errors ("local directory …", "S3 bucket …"). */
  readonly description: string;
  /** Stores the bytes under a key that is never reused. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes stored under the key; StoredFileMissing if there are none, any other error as it came. */
  get(key: string): Promise<Buffer>;
}

/** Keys are `YYYY-MM/<uuid>`: the month keeps directories and listings small, the random UUID never repeats. */
const KEY = /^[0-9]{4}-[0-9]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function storageKey(id: string, at: Date = new Date()): string {
  return checkedKey(`${at.toISOString().slice(0, 7)}/${id}`);
}

/** A key of another shape would be a bug or an injected path (`../`): refused before any store sees it. */
export function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`bad storage key ${JSON.stringify(key)}`);
  return key;
}

/** The store has nothing under the key (as opposed to a store that cannot be reached). */
export class StoredFileMissing extends Error {
  constructor(
    readonly key: string,
    where: string,
  ) {
    super(`no stored file ${key} in the ${where}`);
    this.name = 'StoredFileMissing';
  }
}

/** The stored bytes no longer hash to the SHA-256 recorded at upload. */
export class ChecksumMismatch extends Error {
  constructor(
    readonly key: string,
    readonly expectedSha256: string,
    readonly actualSha256: string,
  ) {
    super(`stored file ${key} does not match its SHA-256 (expected ${expectedSha256}, got ${actualSha256})`);
    this.name = 'ChecksumMismatch';
  }
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The bytes under the key, only if they still hash to the SHA-256 recorded at upload. */
export async function readVerified(
  storage: FileStorage,
  key: string,
  expectedSha256: string,
): Promise<Buffer> {
  const bytes = await storage.get(checkedKey(key));
  const actual = sha256(bytes);
  if (actual !== expectedSha256) throw new ChecksumMismatch(key, expectedSha256, actual);
  return bytes;
}

/** Files under one directory; written to a temporary name and renamed, so a reader never sees half a file. */
export class LocalDirectoryStorage implements FileStorage {
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `local directory ${root}`;
  }

  private pathOf(key: string): string {
    return path.join(this.root, checkedKey(key));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.partial`;
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new StoredFileMissing(key, this.description);
      throw error;
    }
  }
}
