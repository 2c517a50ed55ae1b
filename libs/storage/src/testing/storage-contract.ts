import { randomUUID } from 'node:crypto';
import {
  ChecksumMismatch,
  readVerified,
  sha256,
  storageKey,
  StoredFileMissing,
  type FileStorage,
} from '../file-storage';

/** One store under test, and how to change or remove a stored file behind its back. */
export interface StoreUnderTest {
  storage: FileStorage;
  overwrite(key: string, bytes: Buffer): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * What every FileStorage must do for its services' guarantees to hold, run against each implementation:
 * bytes come back exactly, a changed file is refused by the SHA-256 check, a missing one is a clear not-found.
 */
export function fileStorageContract(name: string, setup: () => Promise<StoreUnderTest>): void {
  describe(`file storage contract: ${name}`, () => {
    let store: StoreUnderTest;
    const file = (fill: number, size = 4096) =>
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size, fill)]);

    beforeAll(async () => {
      store = await setup();
    });

    it('stores bytes under a fresh key and reads them back exactly, checked against their SHA-256', async () => {
      const bytes = Buffer.concat([file(1), Buffer.from([0x00, 0xff, 0x0d, 0x0a])]);
      const key = storageKey(randomUUID());
      await store.storage.put(key, bytes);
      expect((await store.storage.get(key)).equals(bytes)).toBe(true);
      expect((await readVerified(store.storage, key, sha256(bytes))).equals(bytes)).toBe(true);
    });

    it('keeps files apart: two files stored at once are each read back as they were', async () => {
      const files = [file(2), file(3, 10_000)].map((bytes) => ({ key: storageKey(randomUUID()), bytes }));
      await Promise.all(files.map((f) => store.storage.put(f.key, f.bytes)));
      for (const f of files) expect((await store.storage.get(f.key)).equals(f.bytes)).toBe(true);
    });

    it('refuses a file changed after it was stored (checksum mismatch)', async () => {
      const bytes = file(4);
      const key = storageKey(randomUUID());
      await store.storage.put(key, bytes);
      const tampered = Buffer.from(bytes);
      tampered[100] ^= 0xff;
      await store.overwrite(key, tampered);
      const refusal = await readVerified(store.storage, key, sha256(bytes)).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(ChecksumMismatch);
      expect(refusal).toMatchObject({ expectedSha256: sha256(bytes), actualSha256: sha256(tampered) });
    });

    it('says clearly that a file is missing, for a key never stored and for a removed file', async () => {
      const never = storageKey(randomUUID());
      await expect(store.storage.get(never)).rejects.toBeInstanceOf(StoredFileMissing);
      await expect(readVerified(store.storage, never, sha256(file(5)))).rejects.toThrow(
        `no stored file ${never}`,
      );
      const key = storageKey(randomUUID());
      await store.storage.put(key, file(6));
      await store.remove(key);
      await expect(store.storage.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
    });

    it('refuses a key that is not one the service makes (no path escapes the store)', async () => {
      for (const key of ['../etc/passwd', '2026-01/../../x', '/abs', '2026-01/not-a-uuid']) {
        await expect(store.storage.put(key, file(7))).rejects.toThrow(/bad storage key/);
        await expect(store.storage.get(key)).rejects.toThrow(/bad storage key/);
      }
    });
  });
}
