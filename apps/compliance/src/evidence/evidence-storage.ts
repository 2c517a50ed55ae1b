import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where evidence files live. The database keeps each file's SHA-256; whatever the storage, a read is checked
 * against it, so a file changed behind the service's back is refused, never served.
 * The default is a local directory under the data folder; an S3-compatible implementation plugs in here.
 */
export interface EvidenceStorage {
  /** Stores the bytes under a key that is never reused. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes stored under the key (throws if there are none). */
  get(key: string): Promise<Buffer>;
}

export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

/** Files under one directory; written to a temporary name and renamed, so a reader never sees half a file. */
export class LocalDirectoryStorage implements EvidenceStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[0-9a-z/-]+$/.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.partial`;
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }
}
