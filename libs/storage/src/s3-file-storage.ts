import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { OnApplicationShutdown } from '@nestjs/common';
import { checkedKey, StoredFileMissing, type FileStorage } from './file-storage';

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, OSS/COS/OBS S3 endpoints, …), read from a service's
 * `<PREFIX>S3_*` variables by storageFromEnv (storage-config.ts).
 */
export interface S3StorageSettings {
  /** Another provider's or a self-hosted server's URL; absent for AWS S3 itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Both or neither; neither → the SDK's default chain (environment, web identity, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `endpoint/bucket/key` URLs instead of `bucket.endpoint/key` (MinIO and most self-hosted servers). */
  forcePathStyle: boolean;
  /** A folder inside the bucket, so that other environments or services can share it. */
  prefix: string;
}

/**
 * Files as objects in a bucket. Keys are the service's `YYYY-MM/<uuid>` (a fresh UUID per file, so two
 * uploads never write the same object); integrity is the service's SHA-256 check on every read, whatever the
 * provider's own checksums do.
 */
export class S3FileStorage implements FileStorage, OnApplicationShutdown {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly settings: S3StorageSettings) {
    this.description = `S3 bucket ${settings.bucket}${settings.endpoint ? ` at ${settings.endpoint}` : ''}`;
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // The SDK's default CRC checksums on every request are refused by several S3-compatible servers; the
      // SHA-256 the service checks on read is the integrity guarantee here.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  private objectKey(key: string): string {
    return `${this.settings.prefix}${checkedKey(key)}`;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentLength: bytes.length,
        // The declared and checked type lives in the database; the object is served only through the service.
        ContentType: 'application/octet-stream',
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
      );
      if (!object.Body) throw new StoredFileMissing(key, this.description);
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (
        error instanceof S3ServiceException &&
        (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404) &&
        error.name !== 'NoSuchBucket'
      ) {
        throw new StoredFileMissing(key, this.description);
      }
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
