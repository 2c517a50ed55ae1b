import { streamName } from '@alliance/contracts';
import { CoordinationEvent } from '@alliance/contracts/coordination';
import { join } from 'node:path';
import { readStreamEvents, waitFor, WORKSPACE_ROOT } from '@alliance/testing';
import { ADMIN_USERNAME, application, GatewayHarness } from './support/gateway-harness';

// The launcher's demo seeds, loaded from the workspace as `npm start` runs them (plain JS, not a library).
const launcher = (file: string) => require(join(WORKSPACE_ROOT, 'tools/start', file));
const { seedDemoAlliance } = launcher('demo-seed.js');
const { seedDemoCoordination } = launcher('demo-coordination.js');

/**
 * Membership, coordination and the gateway as processes (the gateway in-process, the services from source):
 * coordination learns the members from membership's events on its own; the test speaks HTTP to the gateway.
 */
describe('coordination end to end (processes)', () => {
  const h = new GatewayHarness('gw-coordination', { coordination: true });
  let admin: string;
  const members: Record<'a' | 'b', { id: string; version: number; rep: string }> = {} as never;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
    for (const [key, name, district] of [
      ['a', '青羊实验托育园', 'qingyang'],
      ['b', '锦江小天使托育', 'jinjiang'],
    ] as const) {
      const applied = await h.request('POST', '/api/v1/members', {
        token: admin,
        body: application({ name, districtCode: district }),
      });
      expect(applied.status).toBe(201);
      const admitted = await h.request('POST', `/api/v1/members/${applied.body.id}/admit`, {
        token: admin,
        body: { expectedVersion: applied.body.version, reason: '入盟' },
      });
      expect(admitted.status).toBe(200);
      const rep = await h.account(admin, `coord-rep-${key}`, 'member_rep', applied.body.id);
      members[key] = { id: applied.body.id, version: admitted.body.version, rep: rep.token };
    }
  });
  afterAll(() => h.stop());

  /** Publishing waits for coordination to know the members (it refuses listed members it does not know). */
  async function publishedNotice(): Promise<string> {
    const draft = await h.request('POST', '/api/v1/notices', {
      token: admin,
      body: {
        title: '关于报送普惠托位计划的通知',
        body: '请各单位签收并报送。',
        category: 'policy',
        issuer: '成都市卫生健康委员会',
        audience: { kind: 'members', organisationIds: [members.a.id, members.b.id] },
        requiresAcknowledgement: true,
        acknowledgeBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        reminderDaysBefore: 2,
      },
    });
    expect(draft.status).toBe(201);
    await waitFor(
      async () => {
        const published = await h.request('POST', `/api/v1/notices/${draft.body.id}/publish`, {
          token: admin,
          body: { expectedVersion: 1 },
        });
        if (published.status === 422) return null;
        expect(published.status).toBe(200);
        return true;
      },
      { timeoutMs: 30_000, what: 'coordination to know both members' },
    );
    return draft.body.id as string;
  }

  it('a notice: published to listed members, acknowledged once by a representative, figures per district; bad input is a 4xx naming the field', async () => {
    const id = await publishedNotice();
    const owing = await h.request('GET', '/api/v1/notices?owing=true', { token: members.b.rep });
    expect(owing.body.items.map((n: { id: string }) => n.id)).toContain(id);

    const ack = await h.request('POST', `/api/v1/notices/${id}/acknowledge`, {
      token: members.a.rep,
      body: { reply: '已收悉' },
    });
    expect([ack.status, ack.body.mine.acknowledgedAt !== null]).toEqual([200, true]);
    const again = await h.request('POST', `/api/v1/notices/${id}/acknowledge`, {
      token: members.a.rep,
      body: {},
    });
    expect([again.status, again.headers.get('content-type')]).toEqual([
      409,
      expect.stringMatching(/problem\+json/),
    ]);

    const report = await h.request('GET', `/api/v1/notices/${id}/acknowledgements`, { token: admin });
    expect(report.status).toBe(200);
    expect(report.body.districts).toEqual([
      { districtCode: 'jinjiang', addressed: 1, acknowledged: 0, outstanding: 1 },
      { districtCode: 'qingyang', addressed: 1, acknowledged: 1, outstanding: 0 },
    ]);

    const bad = await h.request('POST', '/api/v1/notices', {
      token: admin,
      body: {
        title: 'x',
        body: 'x',
        category: 'rumour',
        issuer: 'x',
        audience: { kind: 'districts' },
        requiresAcknowledgement: true,
      },
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['category', 'audience.districtCodes', 'acknowledgeBy']));
  });

  it('a site visit: the QR code signs an account in once; a changed or expired code is refused; attendance per organisation', async () => {
    const scheduled = await h.request('POST', '/api/v1/meetings', {
      token: admin,
      body: {
        kind: 'site_visit',
        title: '实地参访',
        startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 60 * 60_000).toISOString(),
        place: { kind: 'address', address: '成都市高新区天府软件园' },
        agenda: ['参观'],
        invitees: { kind: 'members', organisationIds: [members.a.id, members.b.id] },
      },
    });
    expect(scheduled.status).toBe(201);
    const id = scheduled.body.id as string;
    const code = await h.request('GET', `/api/v1/meetings/${id}/sign-in-code`, { token: admin });
    expect(code.status).toBe(200);
    const signIn = (token: string, value: string) =>
      h.request('POST', `/api/v1/meetings/${id}/sign-in`, { token, body: { code: value } });
    expect((await signIn(members.a.rep, code.body.code)).status).toBe(200);
    expect((await signIn(members.a.rep, code.body.code)).status).toBe(409);
    const [meeting, expires, mac] = (code.body.code as string).split('.');
    const stretched = await signIn(members.b.rep, `${meeting}.${Number(expires) + 600}.${mac}`);
    expect([stretched.status, stretched.body.code]).toEqual([422, 'BUSINESS_RULE_VIOLATED']);

    const attendance = await h.request('GET', `/api/v1/meetings/${id}/attendance`, { token: admin });
    expect(attendance.body.districts).toEqual([{ districtCode: 'qingyang', organisations: 1, signedIn: 1 }]);

    const minutes = await h.request('POST', `/api/v1/meetings/${id}/minutes`, {
      token: admin,
      body: {
        expectedVersion: scheduled.body.version,
        summary: '参访纪要',
        decisions: ['推广旗舰中心经验'],
        actionItems: [
          { title: '整理经验材料', ownerOrganisationId: members.a.id, dueDate: '2099-12-31' },
          { title: '报送试点意向', ownerOrganisationId: members.b.id, dueDate: '2099-12-31' },
        ],
      },
    });
    expect([minutes.status, minutes.body.actionItems.length]).toEqual([200, 2]);
    const mine = await h.request('GET', '/api/v1/action-items?open=true', { token: members.b.rep });
    expect(mine.body.items.map((i: { title: string }) => i.title)).toEqual(['报送试点意向']);
  });

  it('expelling a member (through membership only) releases its outstanding acknowledgement and action items', async () => {
    const id = await publishedNotice();
    const expel = await h.request('POST', `/api/v1/members/${members.b.id}/expel`, {
      token: admin,
      body: { expectedVersion: members.b.version, reason: '严重违规' },
    });
    expect(expel.status).toBe(200);
    const report = await waitFor(
      async () => {
        const r = await h.request('GET', `/api/v1/notices/${id}/acknowledgements`, { token: admin });
        return r.body.totals.released === 1 ? r.body : null;
      },
      { timeoutMs: 30_000, what: "coordination to release the expelled member's acknowledgement" },
    );
    expect(report.totals).toEqual({ addressed: 1, acknowledged: 0, outstanding: 1, released: 1 });
    const open = await h.request('GET', `/api/v1/action-items?owner=${members.b.id}&open=true`, {
      token: admin,
    });
    expect(open.body.items).toEqual([]);
    const nc = await h.natsConnection();
    const released = await waitFor(async () => {
      const events = await readStreamEvents(nc, streamName('coordination', h.env.streamPrefix));
      const found = events.filter((e) => e.envelope.type === CoordinationEvent.actionItemReleased);
      return found.length ? found : null;
    });
    expect(released).toHaveLength(1);
  });
});

describe('the demo coordination data of `npm start` (processes)', () => {
  // Compliance too: the library links to its seed standard TY-QA.
  const h = new GatewayHarness('gw-coordination-demo', { coordination: true, compliance: true });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('loads the founding meeting with minutes, the site visit, a notice some members acknowledged and two library entries; once', async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (m: string) => warnings.push(m) };
    const config = { adminUsername: ADMIN_USERNAME, adminPassword: h.adminPassword, root: WORKSPACE_ROOT };
    await seedDemoAlliance({ baseUrl: h.baseUrl, config, log });
    await seedDemoCoordination({ baseUrl: h.baseUrl, config, log });
    expect(warnings).toEqual([]);
    const admin = await h.adminToken();

    const meetings = await h.request('GET', '/api/v1/meetings', { token: admin });
    expect(meetings.body.items.map((m: { kind: string }) => m.kind).sort()).toEqual([
      'alliance_meeting',
      'site_visit',
    ]);
    const founding = meetings.body.items.find((m: { kind: string }) => m.kind === 'alliance_meeting');
    const detail = await h.request('GET', `/api/v1/meetings/${founding.id}`, { token: admin });
    expect([detail.body.startsAt, detail.body.invitedCount, detail.body.actionItems.length]).toEqual([
      '2026-06-12T01:30:00.000Z',
      12,
      3,
    ]);
    expect(detail.body.minutes.decisions[0]).toMatch(/工作小组/);

    const notices = await h.request('GET', '/api/v1/notices', { token: admin });
    expect(notices.body.items).toHaveLength(1);
    const report = await h.request('GET', `/api/v1/notices/${notices.body.items[0].id}/acknowledgements`, {
      token: admin,
    });
    expect(report.body.totals).toEqual({ addressed: 12, acknowledged: 3, outstanding: 9, released: 0 });

    const library = await h.request('GET', '/api/v1/practices?q=医育结合', { token: admin });
    expect(library.body.items).toHaveLength(1);
    expect((await h.request('GET', '/api/v1/practices', { token: admin })).body.items).toHaveLength(2);

    await seedDemoCoordination({ baseUrl: h.baseUrl, config, log });
    expect(warnings).toEqual([]);
    expect((await h.request('GET', '/api/v1/notices', { token: admin })).body.items).toHaveLength(1);
  });
});
