import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalDirectoryStorage } from '../src/evidence/evidence-storage';
import { S3EvidenceStorage } from '../src/evidence/s3-evidence-storage';
import { evidenceStorageContract } from './evidence-storage.contract';
import { S3TestServer } from './s3-test-server';

const directory = mkdtempSync(path.join(tmpdir(), 'compliance-evidence-contract-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

evidenceStorageContract('local directory', async () => ({
  storage: new LocalDirectoryStorage(directory),
  overwrite: (key, bytes) => writeFile(path.join(directory, key), bytes),
  remove: (key) => unlink(path.join(directory, key)),
}));

const server = new S3TestServer();
const stores: S3EvidenceStorage[] = [];
afterAll(async () => {
  for (const store of stores) store.onApplicationShutdown();
  await server.stop();
});

for (const prefix of ['', 'alliance/evidence/']) {
  evidenceStorageContract(`S3-compatible bucket over HTTP${prefix ? `, under ${prefix}` : ''}`, async () => {
    if (stores.length === 0) await server.start();
    const bucket = `evidence-${stores.length}`;
    await server.createBucket(bucket);
    const storage = new S3EvidenceStorage(server.settings(bucket, prefix));
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
