import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  ComplianceRpc,
  type AuditView,
  type EvidenceContent,
  type EvidenceView,
} from '@alliance/contracts/compliance';
import { ComplianceHarness, inspector } from './compliance-harness';
import { S3TestServer } from '@alliance/storage/testing';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 9),
]);

/** The service with COMPLIANCE_EVIDENCE_STORE=s3's settings, against a real S3-protocol server over HTTP. */
describe('evidence files in an S3-compatible bucket', () => {
  const server = new S3TestServer();
  let h: ComplianceHarness;
  const who = inspector(731);
  const bucket = 'alliance-evidence';
  const prefix = 'compliance/';
  let audit: AuditView;
  let criterionId: string;

  beforeAll(async () => {
    await server.start();
    await server.createBucket(bucket);
    h = new ComplianceHarness({
      evidence: { maxBytes: 64 * 1024, directory: '/nonexistent', s3: server.settings(bucket, prefix) },
    });
    await h.start();
    const standard = await h.publishedStandard([{ code: 'S3-1', points: 10, evidenceRequired: true }]);
    criterionId = standard.areas[0].criteria[0].id;
    audit = await h.startedAudit(await h.admittedOrganisation(), standard.id, who);
  });
  afterAll(async () => {
    await h?.stop();
    await server.stop();
  });

  const upload = (bytes: Buffer, contentType = 'image/png') =>
    h.call<EvidenceView>(
      ComplianceRpc.uploadEvidence,
      {
        auditId: audit.id,
        criterionId,
        fileName: '现场照片.png',
        contentType,
        contentBase64: bytes.toString('base64'),
      },
      who,
    );
  const objectKey = async (id: string) => {
    const [{ storage_key: key }] = await h.dataSource.query(
      `SELECT storage_key FROM evidence WHERE id = $1`,
      [id],
    );
    return `${prefix}${key}`;
  };

  it('stores the file as an object under its own key and serves it back checked', async () => {
    const stored = await upload(PNG);
    const object = await server.admin.send(
      new GetObjectCommand({ Bucket: bucket, Key: await objectKey(stored.id) }),
    );
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(PNG)).toBe(true);
    const read = await h.call<EvidenceContent>(ComplianceRpc.readEvidence, { id: stored.id }, who);
    expect(Buffer.from(read.contentBase64, 'base64').equals(PNG)).toBe(true);
    expect(read.sha256).toBe(stored.sha256);
  });

  it('keeps the size and content-type checks: nothing reaches the bucket', async () => {
    const oversize = await h.refusal(
      ComplianceRpc.uploadEvidence,
      {
        auditId: audit.id,
        criterionId,
        fileName: 'big.png',
        contentType: 'image/png',
        contentBase64: Buffer.concat([PNG, Buffer.alloc(64 * 1024)]).toString('base64'),
      },
      who,
    );
    expect([oversize.code, oversize.details?.fields?.[0].field]).toEqual([
      'VALIDATION_FAILED',
      'contentBase64',
    ]);
    const disguised = await h.refusal(
      ComplianceRpc.uploadEvidence,
      {
        auditId: audit.id,
        criterionId,
        fileName: 'x.pdf',
        contentType: 'application/pdf',
        contentBase64: PNG.toString('base64'),
      },
      who,
    );
    expect([disguised.code, disguised.details?.fields?.[0].field]).toEqual([
      'VALIDATION_FAILED',
      'contentType',
    ]);
  });

  it('refuses to serve an object changed in the bucket (checksum mismatch)', async () => {
    const stored = await upload(PNG);
    const changed = Buffer.from(PNG);
    changed[200] ^= 0xff;
    await server.admin.send(
      new PutObjectCommand({ Bucket: bucket, Key: await objectKey(stored.id), Body: changed }),
    );
    const refusal = await h.refusal(ComplianceRpc.readEvidence, { id: stored.id }, who);
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toMatch(/integrity check/);
  });

  it('says the file is missing when its object is gone', async () => {
    const stored = await upload(PNG);
    await server.admin.send(new DeleteObjectCommand({ Bucket: bucket, Key: await objectKey(stored.id) }));
    const refusal = await h.refusal(ComplianceRpc.readEvidence, { id: stored.id }, who);
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toMatch(/missing from storage/);
  });

  it('an unreachable store is "unavailable", not "missing", and an upload then records nothing', async () => {
    const stored = await upload(PNG);
    await server.stop();
    const read = await h.refusal(ComplianceRpc.readEvidence, { id: stored.id }, who);
    expect(read.code).toBe('SERVICE_UNAVAILABLE');
    expect(read.message).not.toMatch(/127\.0\.0\.1/);
    const before = await h.dataSource.query(`SELECT count(*)::int AS n FROM evidence`);
    const write = await h.refusal(
      ComplianceRpc.uploadEvidence,
      {
        auditId: audit.id,
        criterionId,
        fileName: 'late.png',
        contentType: 'image/png',
        contentBase64: PNG.toString('base64'),
      },
      who,
    );
    expect(write.code).toBe('SERVICE_UNAVAILABLE');
    expect(await h.dataSource.query(`SELECT count(*)::int AS n FROM evidence`)).toEqual(before);
  });
});
