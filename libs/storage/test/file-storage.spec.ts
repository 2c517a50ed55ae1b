import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalDirectoryStorage, S3FileStorage } from '../src';
import { fileStorageContract, S3TestServer } from '../src/testing';

const directory = mkdtempSync(path.join(tmpdir(), 'storage-contract-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

fileStorageContract('local directory', async () => ({
  storage: new LocalDirectoryStorage(directory),
  overwrite: (key, bytes) => writeFile(path.join(directory, key), bytes),
  remove: (key) => unlink(path.join(directory, key)),
}));

const server = new S3TestServer();
const stores: S3FileStorage[] = [];
afterAll(async () => {
  for (const store of stores) store.onApplicationShutdown();
  await server.stop();
});

for (const prefix of ['', 'alliance/evidence/']) {
  fileStorageContract(`S3-compatible bucket over HTTP${prefix ? `, under ${prefix}` : ''}`, async () => {
    if (stores.length === 0) await server.start();
    const bucket = `files-${stores.length}`;
    await server.createBucket(bucket);
    const storage = new S3FileStorage(server.settings(bucket, prefix));
    stores.push(storage);
    return {
      storage,
      overwrite: async (key, bytes) => {
        await server.admin.send(
          new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${key}`, Body: bytes }),
        );
      },
      remove: async (key) => {
        await server.admin.send(new DeleteObjectCommand({ Bucket: bucket, Key: `${prefix}${key}` }));
      },
    };
  });
}
