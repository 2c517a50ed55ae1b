import { ServiceProcess, waitFor } from '@alliance/testing';
import { Workbook } from 'exceljs';
import { application, GatewayHarness } from './support/gateway-harness';

/**
 * The dashboard over HTTP: membership and the dashboard as processes, the gateway in-process. An
 * organisation applied and admitted through the API reaches the dashboard by membership's events only.
 */
describe('dashboard over HTTP (membership and dashboard as processes)', () => {
  const h = new GatewayHarness('gw-dashboard');
  let dashboard: ServiceProcess;
  let admin = '';
  let viewer = '';

  beforeAll(async () => {
    dashboard = new ServiceProcess('apps/dashboard/src/main.ts', h.env.serviceEnv('dashboard')).start();
    await h.start();
    admin = await h.adminToken();
    viewer = (await h.account(admin, 'dash-viewer', 'viewer')).token;
  });
  afterAll(async () => {
    await dashboard?.stop();
    await h.stop();
  });

  it('shows an organisation admitted through the API, with places per 1,000 children once the population is set', async () => {
    const applied = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '看板测试托育', licensedPlaces: 120, affordablePlaces: 80 }),
    });
    expect(applied.status).toBe(201);
    const admitted = await h.request('POST', `/api/v1/members/${applied.body.id}/admit`, {
      token: admin,
      body: { expectedVersion: applied.body.version },
    });
    expect(admitted.status).toBe(200);
    const population = await h.request('PUT', '/api/v1/dashboard/districts/gaoxin/population', {
      token: admin,
      body: { childrenUnderThree: 8000 },
    });
    expect(population).toMatchObject({ status: 200, body: { districtCode: 'gaoxin', childrenUnderThree: 8000 } });

    const gaoxin = await waitFor(
      async () => {
        if (!dashboard.running) throw new Error(`dashboard exited:\n${dashboard.recentOutput}`);
        const answer = await h.request('GET', '/api/v1/dashboard', { token: viewer });
        const row = answer.body?.districts?.find((d: { districtCode: string }) => d.districtCode === 'gaoxin');
        return row?.members === 1 ? row : null;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the admitted organisation on the dashboard' },
    );
    expect(gaoxin).toMatchObject({
      districtName: '高新区',
      licensedPlaces: 120,
      affordablePlaces: 80,
      childrenUnderThree: 8000,
      licensedPlacesPer1000: 15,
      affordablePlacesPer1000: 10,
    });
  });

  it('serves the .xlsx with its content type and the Chinese file name as RFC 5987 filename*', async () => {
    const response = await fetch(`${h.baseUrl}/api/v1/dashboard/export/places`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="alliance-dashboard-places-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1];
    expect(decodeURIComponent(encoded)).toMatch(/^联盟看板-托位-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const workbook = new Workbook();
    const bytes = Buffer.from(await response.arrayBuffer());
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = workbook.getWorksheet('托位')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['区县', '区县代码', '成员单位（已加入）', '托位数']);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 5)).toEqual(['高新区', 'gaoxin', 1, 120]);
  });

  it('gives the same file as JSON (base64 and its names) to a client that accepts only JSON', async () => {
    const answer = await h.request('GET', '/api/v1/dashboard/export/training', {
      token: admin,
      headers: { accept: 'application/json' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      filename: expect.stringMatching(/^联盟看板-人才培养-\d{4}-\d{2}-\d{2}\.xlsx$/),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = new Workbook();
    const bytes = Buffer.from(answer.body.contentBase64 as string, 'base64');
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['人才培养']);
  });

  it('refuses an unknown table with 400, and the export and rebuild to roles not granted', async () => {
    const unknown = await h.request('GET', '/api/v1/dashboard/export/salaries', { token: admin });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect((await h.request('POST', '/api/v1/dashboard/rebuild', { token: viewer })).status).toBe(403);
    const rebuilt = await h.request('POST', '/api/v1/dashboard/rebuild', { token: admin });
    expect(rebuilt).toMatchObject({ status: 200, body: { eventsRead: { membership: 2 } } });
    const after = await h.request('GET', '/api/v1/dashboard', { token: admin });
    expect(after.body.alliance).toMatchObject({ members: 1, licensedPlaces: 120, childrenUnderThree: 8000 });
  });
});
