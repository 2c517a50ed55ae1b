import { createHash } from 'node:crypto';
import { GatewayHarness } from './support/gateway-harness';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 7)]);

/** Coordination as a process behind the gateway: a library entry's files, multipart in and checked out. */
describe('attachments of the practice library through the gateway (processes)', () => {
  const h = new GatewayHarness('gw-coord-attach', { coordination: true });
  let admin: string;
  let reader: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
    reader = (await h.account(admin, 'attach-trainer', 'trainer')).token;
  });
  afterAll(() => h.stop());

  const send = (entryId: string, bytes: Buffer, type: string, name = '医育结合服务报告.pdf') => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    return fetch(`${h.baseUrl}/api/v1/practices/${entryId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
  };
  const field = async (response: Response) =>
    [
      response.status,
      ((await response.json()) as { errors: Array<{ field: string }> }).errors[0].field,
    ] as const;

  it('takes a file as multipart while the entry is a draft, lists it, and every account downloads it checked', async () => {
    const draft = await h.request('POST', '/api/v1/practices', {
      token: admin,
      body: {
        kind: 'report',
        title: '医育结合服务报告',
        summary: '社区卫生服务中心与托育机构的合作',
        body: '## 做法',
        tags: ['医育结合'],
        standardCodes: [],
        trainingCategories: [],
      },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.attachments).toEqual([]);

    const ok = await send(draft.body.id, PDF, 'application/pdf');
    expect(ok.status).toBe(201);
    const stored = (await ok.json()) as { id: string; fileName: string; sha256: string; sizeBytes: number };
    expect(stored).toMatchObject({
      fileName: '医育结合服务报告.pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });

    expect(await field(await send(draft.body.id, Buffer.alloc(600 * 1024), 'application/pdf'))).toEqual([
      413,
      'file',
    ]);
    expect(await field(await send(draft.body.id, Buffer.from('<html>'), 'text/html', 'x.html'))).toEqual([
      400,
      'file',
    ]);
    expect(await field(await send(draft.body.id, Buffer.from('MZ'), 'application/pdf'))).toEqual([
      400,
      'contentType',
    ]);

    const published = await h.request('POST', `/api/v1/practices/${draft.body.id}/publish`, {
      token: admin,
      body: { expectedVersion: draft.body.version },
    });
    expect(published.status).toBe(200);
    const seen = await h.request('GET', `/api/v1/practices/${draft.body.id}`, { token: reader });
    expect(seen.body.attachments).toEqual([
      expect.objectContaining({ id: stored.id, contentType: 'application/pdf' }),
    ]);
    const read = await h.request('GET', `/api/v1/attachments/${stored.id}`, { token: reader });
    expect(read.status).toBe(200);
    expect(Buffer.from(read.body.contentBase64, 'base64').equals(PDF)).toBe(true);

    const late = await send(draft.body.id, PDF, 'application/pdf');
    expect(late.status).toBe(409);
  });
});
