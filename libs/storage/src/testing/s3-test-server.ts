import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3StorageSettings } from '../s3-file-storage';

/**
 * For tests: a real S3-protocol server (s3rver) on a free loopback port, in this process, its objects in a temporary
 * directory: the S3 store's tests talk HTTP and SigV4 to it exactly as to a provider's endpoint.
 */
export class S3TestServer {
  private readonly directory = mkdtempSync(path.join(tmpdir(), 'storage-s3-'));
  private server?: S3rver;
  private endpoint = '';
  /** A client of its own, for what the tests do behind the service's back (tampering, deleting). */
  admin!: S3Client;

  async start(): Promise<this> {
    this.server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: this.directory });
    const { port } = await this.server.run();
    this.endpoint = `http://127.0.0.1:${port}`;
    const s = this.settings('unused');
    this.admin = new S3Client({
      endpoint: s.endpoint,
      region: s.region,
      forcePathStyle: true,
      credentials: { accessKeyId: s.accessKeyId as string, secretAccessKey: s.secretAccessKey as string },
    });
    return this;
  }

  /** Settings for a bucket on this server (createBucket makes it). */
  settings(bucket: string, prefix = ''): S3StorageSettings {
    return {
      endpoint: this.endpoint,
      region: 'us-east-1',
      bucket,
      // s3rver's fixed credentials: it checks the signature made with them.
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      prefix,
    };
  }

  async createBucket(bucket: string): Promise<void> {
    await this.admin.send(new CreateBucketCommand({ Bucket: bucket }));
  }

  async stop(): Promise<void> {
    this.admin?.destroy();
    await this.server?.close();
    this.server = undefined;
    rmSync(this.directory, { recursive: true, force: true });
  }
}
