import {
  CoordinationRpc,
  type AttachmentContent,
  type AttachmentView,
  type NoticeView,
  type PracticeView,
} from '@alliance/contracts/coordination';
import { sha256 } from '@alliance/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CoordinationHarness, memberRep } from './coordination-harness';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7)]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 9),
]);
const MAX_BYTES = 8 * 1024;

describe('attachments on notices and library entries (the store of audit evidence, libs/storage)', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'coordination-attachments-'));
  const h = new CoordinationHarness({ attachments: { maxBytes: MAX_BYTES, directory } });
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const file = (bytes: Buffer, contentType = 'application/pdf', fileName = '普惠托位申报指南.pdf') => ({
    fileName,
    contentType,
    contentBase64: bytes.toString('base64'),
  });
  const storedPath = async (id: string) => {
    const [{ storage_key: key }] = await h.dataSource.query(
      `SELECT storage_key FROM attachment WHERE id = $1`,
      [id],
    );
    return path.join(directory, key);
  };
  const draftNotice = (audience: object = { kind: 'alliance' }) =>
    h.call<NoticeView>(CoordinationRpc.createNotice, {
      title: '关于普惠托位申报的通知',
      body: '见附件。',
      category: 'policy',
      issuer: '成都市卫生健康委员会',
      audience,
      requiresAcknowledgement: false,
    });

  it('a draft notice takes files (two at once), lists them, and its readers download them checked after publication', async () => {
    const member = await h.admittedOrganisation('wuhou');
    const outsider = await h.admittedOrganisation('jinjiang');
    const notice = await draftNotice({ kind: 'members', organisationIds: [member] });
    const [pdf, png] = await Promise.all([
      h.call<AttachmentView>(CoordinationRpc.uploadAttachment, { noticeId: notice.id, ...file(PDF) }),
      h.call<AttachmentView>(CoordinationRpc.uploadAttachment, {
        noticeId: notice.id,
        ...file(PNG, 'image/png', '申报流程图.png'),
      }),
    ]);
    expect(pdf).toMatchObject({
      fileName: '普惠托位申报指南.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      addedBy: 'u-admin',
    });
    expect((await readFile(await storedPath(pdf.id))).equals(PDF)).toBe(true);

    // A draft is the organiser's: its files do not exist for a representative yet.
    expect((await h.refusal(CoordinationRpc.readAttachment, { id: pdf.id }, memberRep(member))).code).toBe(
      'NOT_FOUND',
    );
    const published = await h.call<NoticeView>(CoordinationRpc.publishNotice, {
      id: notice.id,
      expectedVersion: notice.version,
    });
    expect(published.attachments.map((a) => a.id).sort()).toEqual([pdf.id, png.id].sort());

    const read = await h.call<AttachmentContent>(
      CoordinationRpc.readAttachment,
      { id: png.id },
      memberRep(member),
    );
    expect(Buffer.from(read.contentBase64, 'base64').equals(PNG)).toBe(true);
    expect([read.fileName, read.contentType, read.sha256]).toEqual([
      '申报流程图.png',
      'image/png',
      sha256(PNG),
    ]);
    const seen = await h.call<NoticeView>(CoordinationRpc.getNotice, { id: notice.id }, memberRep(member));
    expect(seen.attachments).toHaveLength(2);
    // An organisation the notice is not addressed to reads neither the notice nor its files.
    expect((await h.refusal(CoordinationRpc.readAttachment, { id: pdf.id }, memberRep(outsider))).code).toBe(
      'NOT_FOUND',
    );

    const late = await h.refusal(CoordinationRpc.uploadAttachment, { noticeId: notice.id, ...file(PDF) });
    expect(late.code).toBe('ILLEGAL_TRANSITION');
    expect((await h.call<NoticeView>(CoordinationRpc.getNotice, { id: notice.id })).attachments).toHaveLength(
      2,
    );
  });

  it('refuses a file changed in the store, and says when it is gone', async () => {
    const member = await h.admittedOrganisation();
    const notice = await draftNotice();
    const stored = await h.call<AttachmentView>(CoordinationRpc.uploadAttachment, {
      noticeId: notice.id,
      ...file(PDF),
    });
    await h.call(CoordinationRpc.publishNotice, { id: notice.id, expectedVersion: notice.version });
    const tampered = Buffer.from(PDF);
    tampered[500] ^= 0xff;
    await writeFile(await storedPath(stored.id), tampered);
    const refusal = await h.refusal(CoordinationRpc.readAttachment, { id: stored.id }, memberRep(member));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toMatch(/integrity check/);
    expect(refusal.details).toMatchObject({ expectedSha256: sha256(PDF), actualSha256: sha256(tampered) });

    await unlink(await storedPath(stored.id));
    const gone = await h.refusal(CoordinationRpc.readAttachment, { id: stored.id }, memberRep(member));
    expect([gone.code, gone.message]).toEqual(['NOT_FOUND', expect.stringMatching(/missing from storage/)]);
  });

  it('checks size, real content type and who may attach; a refused upload records nothing', async () => {
    const member = await h.admittedOrganisation();
    const notice = await draftNotice();
    const before = await h.dataSource.query(`SELECT count(*)::int AS n FROM attachment`);
    const field = async (body: object, caller = undefined as ReturnType<typeof memberRep> | undefined) => {
      const refusal = await h.refusal(CoordinationRpc.uploadAttachment, body, caller);
      return [refusal.code, refusal.details?.fields?.[0]?.field ?? null];
    };
    expect(
      await field({ noticeId: notice.id, ...file(Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)])) }),
    ).toEqual(['VALIDATION_FAILED', 'contentBase64']);
    expect(await field({ noticeId: notice.id, ...file(PNG, 'application/pdf') })).toEqual([
      'VALIDATION_FAILED',
      'contentType',
    ]);
    expect(await field({ noticeId: notice.id, ...file(PDF, 'text/html') })).toEqual([
      'VALIDATION_FAILED',
      'contentType',
    ]);
    expect(await field({ noticeId: notice.id, ...file(Buffer.alloc(0)) })).toEqual([
      'VALIDATION_FAILED',
      'contentBase64',
    ]);
    expect(await field({ noticeId: notice.id, ...file(PDF, 'application/pdf', '../../etc/passwd') })).toEqual(
      ['VALIDATION_FAILED', 'fileName'],
    );
    expect(await field(file(PDF))).toEqual(['VALIDATION_FAILED', 'noticeId']);
    const practice = await h.call<PracticeView>(CoordinationRpc.createPractice, {
      kind: 'case',
      title: '案例',
      summary: 's',
      body: 'b',
      tags: [],
      standardCodes: [],
      trainingCategories: [],
    });
    expect(await field({ noticeId: notice.id, practiceId: practice.id, ...file(PDF) })).toEqual([
      'VALIDATION_FAILED',
      'practiceId',
    ]);
    const asRep = await h.refusal(
      CoordinationRpc.uploadAttachment,
      { noticeId: notice.id, ...file(PDF) },
      memberRep(member),
    );
    expect(asRep.code).toBe('FORBIDDEN');
    expect(await h.dataSource.query(`SELECT count(*)::int AS n FROM attachment`)).toEqual(before);
  });

  it('a draft library entry takes files; once published every account downloads them', async () => {
    const reader = memberRep(await h.admittedOrganisation());
    const entry = await h.call<PracticeView>(CoordinationRpc.createPractice, {
      kind: 'report',
      title: '医育结合服务报告',
      summary: '社区卫生服务中心与托育机构的合作',
      body: '## 做法',
      tags: ['医育结合'],
      standardCodes: [],
      trainingCategories: [],
    });
    const report = await h.call<AttachmentView>(CoordinationRpc.uploadAttachment, {
      practiceId: entry.id,
      ...file(PDF, 'application/pdf', '医育结合服务报告.pdf'),
    });
    expect((await h.refusal(CoordinationRpc.readAttachment, { id: report.id }, reader)).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await h.refusal(CoordinationRpc.uploadAttachment, { practiceId: entry.id, ...file(PDF) }, reader))
        .code,
    ).toBe('NOT_FOUND');
    const published = await h.call<PracticeView>(CoordinationRpc.publishPractice, {
      id: entry.id,
      expectedVersion: entry.version,
    });
    expect(published.attachments).toEqual([report]);
    const read = await h.call<AttachmentContent>(CoordinationRpc.readAttachment, { id: report.id }, reader);
    expect(Buffer.from(read.contentBase64, 'base64').equals(PDF)).toBe(true);
    expect(
      (await h.refusal(CoordinationRpc.uploadAttachment, { practiceId: entry.id, ...file(PDF) })).code,
    ).toBe('ILLEGAL_TRANSITION');
  });
});
