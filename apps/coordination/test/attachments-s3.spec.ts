import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  CoordinationRpc,
  type AttachmentContent,
  type AttachmentView,
  type PracticeView,
} from '@alliance/contracts/coordination';
import { S3TestServer } from '@alliance/storage/testing';
import { CoordinationHarness } from './coordination-harness';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1500, 3)]);

/** COORDINATION_ATTACHMENT_STORE=s3's settings against a real S3-protocol server over HTTP. */
describe('attachments in an S3-compatible bucket', () => {
  const server = new S3TestServer();
  const bucket = 'alliance-attachments';
  const prefix = 'coordination/';
  let h: CoordinationHarness;

  beforeAll(async () => {
    await server.start();
    await server.createBucket(bucket);
    h = new CoordinationHarness({
      attachments: { maxBytes: 64 * 1024, directory: '/nonexistent', s3: server.settings(bucket, prefix) },
    });
    await h.start();
  });
  afterAll(async () => {
    await h?.stop();
    await server.stop();
  });

  it('stores the file as an object under the prefix, serves it checked, and refuses it once changed', async () => {
    const entry = await h.call<PracticeView>(CoordinationRpc.createPractice, {
      kind: 'research',
      title: '入托儿童发展研究',
      summary: '对比研究',
      body: '……',
      tags: [],
      standardCodes: [],
      trainingCategories: [],
    });
    const stored = await h.call<AttachmentView>(CoordinationRpc.uploadAttachment, {
      practiceId: entry.id,
      fileName: '研究报告.pdf',
      contentType: 'application/pdf',
      contentBase64: PDF.toString('base64'),
    });
    const [{ storage_key: key }] = await h.dataSource.query(
      `SELECT storage_key FROM attachment WHERE id = $1`,
      [stored.id],
    );
    const object = await server.admin.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${key}` }));
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(PDF)).toBe(true);
    const read = await h.call<AttachmentContent>(CoordinationRpc.readAttachment, { id: stored.id });
    expect(Buffer.from(read.contentBase64, 'base64').equals(PDF)).toBe(true);

    const changed = Buffer.from(PDF);
    changed[700] ^= 0xff;
    await server.admin.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${key}`, Body: changed }));
    expect((await h.refusal(CoordinationRpc.readAttachment, { id: stored.id })).code).toBe('CONFLICT');
  });

  it('an unreachable store is "unavailable" and an upload then records nothing', async () => {
    const entry = await h.call<PracticeView>(CoordinationRpc.createPractice, {
      kind: 'case',
      title: '案例',
      summary: 's',
      body: 'b',
      tags: [],
      standardCodes: [],
      trainingCategories: [],
    });
    await server.stop();
    const refusal = await h.refusal(CoordinationRpc.uploadAttachment, {
      practiceId: entry.id,
      fileName: 'late.pdf',
      contentType: 'application/pdf',
      contentBase64: PDF.toString('base64'),
    });
    expect(refusal.code).toBe('SERVICE_UNAVAILABLE');
    expect(refusal.message).not.toMatch(/127\.0\.0\.1/);
    expect(
      await h.dataSource.query(`SELECT count(*)::int AS n FROM attachment WHERE practice_id = $1`, [
        entry.id,
      ]),
    ).toEqual([{ n: 0 }]);
  });
});
