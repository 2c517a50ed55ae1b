import { join } from 'node:path';
import { streamName } from '@alliance/contracts';
import { ComplianceEvent } from '@alliance/contracts/compliance';
import { readStreamEvents, waitFor, WORKSPACE_ROOT, type StreamEvent } from '@alliance/testing';
import { ADMIN_USERNAME, application, GatewayHarness } from './support/gateway-harness';

// The launcher's demo seeds, loaded from the workspace as `npm start` runs them (plain JS, not a library).
const launcher = (file: string) => require(join(WORKSPACE_ROOT, 'tools/start', file));
const { seedDemoAlliance } = launcher('demo-seed.js');
const { seedDemoCompliance } = launcher('demo-compliance.js');

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(500, 3),
]);

/**
 * Membership, compliance and the gateway as processes (the gateway in-process, the services from source):
 * compliance reacts to membership's events on its own; the test only speaks HTTP to the gateway's membership
 * routes and reads compliance's stream.
 */
describe('compliance end to end (processes)', () => {
  const h = new GatewayHarness('gw-compliance', { compliance: true });
  let admin: string;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  async function complianceEvents(type: string, match: (e: StreamEvent) => boolean): Promise<StreamEvent> {
    const nc = await h.natsConnection();
    return waitFor(
      async () =>
        (await readStreamEvents(nc, streamName('compliance', h.env.streamPrefix))).find(
          (e) => e.envelope.type === type && match(e),
        ) ?? null,
      { timeoutMs: 30_000, what: `${type} on compliance's stream` },
    );
  }

  async function admitted(name: string): Promise<string> {
    const applied = await h.request('POST', '/api/v1/members', { token: admin, body: application({ name }) });
    expect(applied.status).toBe(201);
    const admit = await h.request('POST', `/api/v1/members/${applied.body.id}/admit`, {
      token: admin,
      body: { expectedVersion: applied.body.version, reason: '入盟' },
    });
    expect(admit.status).toBe(200);
    return applied.body.id as string;
  }

  it('the demo data of `npm start` loads: one submitted audit of the demo centre, two findings, one answered', async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (m: string) => warnings.push(m) };
    const config = { adminUsername: ADMIN_USERNAME, adminPassword: h.adminPassword, root: WORKSPACE_ROOT };
    await seedDemoAlliance({ baseUrl: h.baseUrl, config, log });
    await seedDemoCompliance({ baseUrl: h.baseUrl, config, log });
    expect(warnings).toEqual([]);
    const submitted = await h.request('GET', '/api/v1/audits?status=submitted', { token: admin });
    expect(submitted.body.items).toHaveLength(1);
    const audit = await h.request('GET', `/api/v1/audits/${submitted.body.items[0].id}`, { token: admin });
    expect([
      audit.body.organisationName,
      audit.body.standardCode,
      audit.body.score,
      audit.body.grade,
    ]).toEqual(['咿薇托育', 'TY-QA', '950.00', 'A']);
    const actions = audit.body.findings.map((f: { criterionCode: string; action: { status: string } }) => [
      f.criterionCode,
      f.action.status,
    ]);
    expect(actions.sort()).toEqual([
      ['SAF-2', 'open'],
      ['STA-1', 'submitted'],
    ]);
    // Loading again changes nothing.
    await seedDemoCompliance({ baseUrl: h.baseUrl, config, log });
    expect(warnings).toEqual([]);
  });

  it('admitting a member plans its onboarding audit, and expelling it cancels that audit', async () => {
    const id = await admitted('测试托育一');
    const planned = await complianceEvents(
      ComplianceEvent.auditPlanned,
      (e) => (e.envelope.data as { organisationId: string }).organisationId === id,
    );
    const data = planned.envelope.data as { auditId: string; kind: string; inspectorIds: string[] };
    expect([data.kind, data.inspectorIds]).toEqual(['onboarding', []]);

    const member = await h.request('GET', `/api/v1/members/${id}`, { token: admin });
    const expel = await h.request('POST', `/api/v1/members/${id}/expel`, {
      token: admin,
      body: { expectedVersion: member.body.version, reason: '违规' },
    });
    expect(expel.status).toBe(200);
    const cancelled = await complianceEvents(
      ComplianceEvent.auditCancelled,
      (e) => e.envelope.aggregateId === data.auditId,
    );
    expect((cancelled.envelope.data as { reason: string }).reason).toMatch(/expelled/);
  });

  it('never lets an inspector audit the organisation they work at (conflict of interest)', async () => {
    const own = await admitted('测试医院托育部');
    const other = await admitted('测试托育三');
    const standards = await h.request('GET', '/api/v1/standards?code=TY-QA', { token: admin });
    const standardId = standards.body.items[0].id as string;
    const inspector = await h.account(admin, 'e2e-inspector-bound', 'inspector', own);
    const plan = (organisationId: string, plannedDate: string) =>
      h.request('POST', '/api/v1/audits', {
        token: inspector.token,
        body: { organisationId, standardId, kind: 'routine', plannedDate },
      });
    const refused = await plan(own, '2030-07-01');
    expect({
      status: refused.status,
      code: refused.body.code,
      field: refused.body.errors?.[0]?.field,
    }).toEqual({
      status: 403,
      code: 'FORBIDDEN',
      field: 'inspectors',
    });
    expect(refused.body.detail).toMatch(/conflict of interest/);
    expect((await plan(other, '2030-07-02')).status).toBe(201);
  });

  it('takes evidence as multipart through the gateway and refuses an oversized or wrong file naming the field', async () => {
    const id = await admitted('测试托育二');
    const standards = await h.request('GET', '/api/v1/standards?code=TY-QA', { token: admin });
    const standardId = standards.body.items[0].id as string;
    const inspector = await h.account(admin, 'e2e-inspector', 'inspector');
    const plan = await h.request('POST', '/api/v1/audits', {
      token: inspector.token,
      body: { organisationId: id, standardId, kind: 'routine', plannedDate: '2030-06-01' },
    });
    expect(plan.status).toBe(201);
    expect(plan.body.inspectors).toEqual([{ accountId: inspector.id, name: 'e2e-inspector' }]);
    const started = await h.request('POST', `/api/v1/audits/${plan.body.id}/start`, {
      token: inspector.token,
      body: { expectedVersion: plan.body.version },
    });
    expect(started.status).toBe(200);
    const full = await h.request('GET', `/api/v1/standards/${standardId}`, { token: admin });
    const criterionId = full.body.areas[0].criteria[0].id as string;

    const send = (bytes: Buffer, type: string) => {
      const form = new FormData();
      form.append('criterionId', criterionId);
      form.append('file', new Blob([bytes], { type }), '楼层照片.png');
      return fetch(`${h.baseUrl}/api/v1/audits/${plan.body.id}/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${inspector.token}` },
        body: form,
      });
    };
    const ok = await send(PNG, 'image/png');
    const stored = (await ok.json()) as { id: string; sha256: string };
    expect(ok.status).toBe(201);
    expect(stored).toMatchObject({ kind: 'file', contentType: 'image/png', sizeBytes: PNG.length });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const read = await h.request('GET', `/api/v1/evidence/${stored.id}`, { token: inspector.token });
    expect(Buffer.from(read.body.contentBase64, 'base64').equals(PNG)).toBe(true);

    // Near the limit (512 KiB): base64 on NATS stays within its 1 MiB message, there and back.
    const large = Buffer.concat([PNG, Buffer.alloc(500 * 1024, 9)]);
    const nearLimit = await send(large, 'image/png');
    expect(nearLimit.status).toBe(201);
    const nearLimitId = ((await nearLimit.json()) as { id: string }).id;
    const readLarge = await h.request('GET', `/api/v1/evidence/${nearLimitId}`, { token: inspector.token });
    expect(readLarge.body.sizeBytes).toBe(large.length);

    const big = await send(Buffer.concat([PNG, Buffer.alloc(600 * 1024)]), 'image/png');
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await big.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('file');

    const wrong = await send(Buffer.from('MZ not a picture'), 'application/x-msdownload');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('file');

    const disguised = await send(Buffer.from('MZ not a picture'), 'image/png');
    expect(disguised.status).toBe(400);
    expect(((await disguised.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe(
      'contentType',
    );
  });
});
