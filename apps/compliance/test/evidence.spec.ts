import {
  ComplianceRpc,
  type AuditView,
  type EvidenceContent,
  type EvidenceView,
} from '@alliance/contracts/compliance';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ComplianceHarness, inspector, memberRep } from './compliance-harness';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 1)]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('evidence files', () => {
  const h = new ComplianceHarness(); // 64 KiB limit in tests
  const who = inspector(701);
  let audit: AuditView;
  let criterionId: string;

  beforeAll(async () => {
    await h.start();
    const standard = await h.publishedStandard([{ code: 'E-1', points: 10, evidenceRequired: true }]);
    criterionId = standard.areas[0].criteria[0].id;
    audit = await h.startedAudit(await h.admittedOrganisation(), standard.id, who);
  });
  afterAll(() => h.stop());

  const upload = (bytes: Buffer, contentType: string, fileName = 'photo.png') =>
    h.call<EvidenceView>(
      ComplianceRpc.uploadEvidence,
      { auditId: audit.id, criterionId, fileName, contentType, contentBase64: bytes.toString('base64') },
      who,
    );

  it('a met answer to a criterion that requires evidence is not submitted without it', async () => {
    const standard = await h.publishedStandard([{ code: 'E-1', points: 10, evidenceRequired: true }]);
    const bare = await h.startedAudit(audit.organisationId, standard.id, inspector(702));
    const criterion = standard.areas[0].criteria[0].id;
    const answered = await h.call<AuditView>(
      ComplianceRpc.answerCriterion,
      { auditId: bare.id, criterionId: criterion, result: 'met' },
      inspector(702),
    );
    const refusal = await h.refusal(
      ComplianceRpc.submitAudit,
      { id: bare.id, expectedVersion: answered.version },
      inspector(702),
    );
    expect([refusal.code, refusal.details?.fields?.[0].field]).toEqual([
      'BUSINESS_RULE_VIOLATED',
      'evidence',
    ]);
    await h.call(
      ComplianceRpc.addEvidenceLink,
      { auditId: bare.id, criterionId: criterion, url: 'https://example.org/r/1', title: '记录' },
      inspector(702),
    );
    await expect(
      h.call<AuditView>(
        ComplianceRpc.submitAudit,
        { id: bare.id, expectedVersion: answered.version },
        inspector(702),
      ),
    ).resolves.toMatchObject({ status: 'submitted', score: '10.00', grade: 'A' });
  });

  it('stores a file with its SHA-256 and serves it back checked', async () => {
    const stored = await upload(PNG, 'image/png');
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.sizeBytes).toBe(PNG.length);
    const read = await h.call<EvidenceContent>(ComplianceRpc.readEvidence, { id: stored.id }, who);
    expect(Buffer.from(read.contentBase64, 'base64').equals(PNG)).toBe(true);
    const pdf = await upload(PDF, 'application/pdf', '消防检查.pdf');
    expect(pdf.fileName).toBe('消防检查.pdf');
  });

  it('refuses an oversized file and one whose bytes are not the declared type, naming the field', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(64 * 1024)]);
    const oversize = await h.refusal(
      ComplianceRpc.uploadEvidence,
      {
        auditId: audit.id,
        criterionId,
        fileName: 'big.png',
        contentType: 'image/png',
        contentBase64: big.toString('base64'),
      },
      who,
    );
    expect([oversize.code, oversize.details?.fields?.[0].field]).toEqual([
      'VALIDATION_FAILED',
      'contentBase64',
    ]);
    expect(oversize.message).toMatch(/limit is 65536 bytes/);
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
    const exe = await h.refusal(
      ComplianceRpc.uploadEvidence,
      {
        auditId: audit.id,
        criterionId,
        fileName: 'x.exe',
        contentType: 'application/x-msdownload',
        contentBase64: 'TVo=',
      },
      who,
    );
    expect([exe.code, exe.details?.fields?.[0].field]).toEqual(['VALIDATION_FAILED', 'contentType']);
  });

  it('refuses to serve a file changed in storage (checksum mismatch)', async () => {
    const stored = await upload(PNG, 'image/png', 'tampered.png');
    const [{ storage_key: key }] = await h.dataSource.query(
      `SELECT storage_key FROM evidence WHERE id = $1`,
      [stored.id],
    );
    const file = filesUnder(h.evidenceDir).find((f) => f.endsWith(key.split('/').pop()));
    expect(file).toBeDefined();
    const changed = Buffer.from(PNG);
    changed[100] ^= 0xff;
    writeFileSync(file as string, changed);
    const refusal = await h.refusal(ComplianceRpc.readEvidence, { id: stored.id }, who);
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toMatch(/integrity check/);
  });

  it("a representative reads only its own organisation's evidence", async () => {
    const stored = await upload(PNG, 'image/png', 'own.png');
    const other = await h.refusal(ComplianceRpc.readEvidence, { id: stored.id }, memberRep(audit.id));
    expect(other.code).toBe('FORBIDDEN');
    await expect(
      h.call(ComplianceRpc.readEvidence, { id: stored.id }, memberRep(audit.organisationId)),
    ).resolves.toMatchObject({ id: stored.id });
  });
});
