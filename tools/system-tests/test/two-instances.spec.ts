import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { streamName } from '@alliance/contracts';
import { MembershipEvent } from '@alliance/contracts/membership';
import { ComplianceEvent } from '@alliance/contracts/compliance';
import {
  newCreditCode,
  PrivateNatsCluster,
  readStreamEvents,
  waitFor,
  WORKSPACE_ROOT,
} from '@alliance/testing';
import { ADMIN_USERNAME, AllianceSystem } from './support/alliance-system';

const COMMANDS = 60;
/** The services that keep organisations from membership's events, and the table they keep them in. */
const CONSUMERS = [
  ['training', 'member_organisation'],
  ['resources', 'member_organisation'],
  ['compliance', 'member_organisation'],
  ['dashboard', 'dash_org'],
] as const;
const EVIDENCE_DIR = join(tmpdir(), `two-instances-evidence-${process.pid}`);

// The launcher's demo seeds, loaded as `npm start` runs them (plain JS).
const launcher = (file: string) => require(join(WORKSPACE_ROOT, 'tools/start', file));

describe('two instances of each service on a three-node JetStream cluster', () => {
  let cluster: PrivateNatsCluster;
  let system: AllianceSystem;
  let nc: NatsConnection;
  let db: Client;

  beforeAll(async () => {
    cluster = await PrivateNatsCluster.start(3);
    system = new AllianceSystem('two-instances', {
      services: { membership: 2, training: 2, resources: 2, compliance: 2, dashboard: 2 },
      natsUrl: cluster.url,
      env: { STREAM_REPLICAS: '3' },
      serviceEnv: {
        training: { TRAINING_EXPIRY_CHECK: 'off' },
        resources: { RESOURCES_EXPIRY_CHECK: 'off' },
        compliance: { COMPLIANCE_OVERDUE_CHECK: 'off', COMPLIANCE_EVIDENCE_DIR: EVIDENCE_DIR },
      },
    });
    await system.start();
    nc = await connect({ servers: cluster.url.split(',') });
    db = new Client({ connectionString: system.env.databaseUrl });
    await db.connect();
  }, 180_000);
  afterAll(async () => {
    await db?.end();
    await nc?.close();
    await system?.stop();
    await cluster?.dispose();
    rmSync(EVIDENCE_DIR, { recursive: true, force: true });
  });

  it('shares the work: each command once on the stream, one durable consumer per service, each event applied once', async () => {
    const token = await system.adminToken();
    // Four at a time, so that both membership instances answer and both relays find rows to publish.
    const ids: string[] = [];
    for (let i = 0; i < COMMANDS; i += 4) {
      const answers = await Promise.all(
        [0, 1, 2, 3].map((k) =>
          system.request('POST', '/api/v1/members', {
            token,
            body: {
              name: `双实例托育中心${String(i + k).padStart(3, '0')}`,
              creditCode: newCreditCode(),
              kind: 'childcare_centre',
              ownership: 'private',
              districtCode: 'wuhou',
              address: '成都市武侯区人民南路四段',
              contacts: [{ name: '李园长', role: '园长', phone: '13912345678' }],
              licensedPlaces: 60,
              affordablePlaces: 30,
            },
          }),
        ),
      );
      for (const a of answers) {
        expect(a.status).toBe(201);
        ids.push(a.body.id);
      }
    }

    const stream = streamName('membership', system.env.streamPrefix);
    const events = await waitFor(
      async () => {
        const applied = (await readStreamEvents(nc, stream)).filter(
          (e) => e.envelope.type === MembershipEvent.memberApplied,
        );
        return applied.length >= COMMANDS ? applied : undefined;
      },
      { what: 'every event on the stream', timeoutMs: 60_000 },
    );
    expect(events.map((e) => e.envelope.aggregateId).sort()).toEqual([...ids].sort());

    // Both relays ran; their outbox holds every row once, all published.
    const membership = system.env.schema('membership');
    const [{ rows, published }] = (
      await db.query(
        `SELECT count(*)::int AS rows, count(published_at)::int AS published FROM "${membership}".outbox`,
      )
    ).rows;
    expect({ rows, published }).toEqual({ rows: COMMANDS, published: COMMANDS });

    // One durable consumer of the membership stream per consuming service, however many instances pull from it;
    // each event applied once by each service.
    const jsm = await jetstreamManager(nc);
    const consumers: string[] = [];
    for await (const c of jsm.consumers.list(stream)) consumers.push(c.name);
    for (const [service, table] of CONSUMERS) {
      expect({ service, durables: consumers.filter((name) => name.includes(service)).length }).toEqual({
        service,
        durables: 1,
      });
      const schema = system.env.schema(service);
      await waitFor(
        async () =>
          (await db.query(`SELECT count(*)::int AS n FROM "${schema}".${table}`)).rows[0].n >= COMMANDS,
        { what: `${service} to know every organisation`, timeoutMs: 60_000 },
      );
      const [{ inbox, distinct }] = (
        await db.query(
          `SELECT count(*)::int AS inbox, count(DISTINCT event_id)::int AS distinct FROM "${schema}".inbox WHERE event_type = $1`,
          [MembershipEvent.memberApplied],
        )
      ).rows;
      expect({ service, inbox, distinct }).toEqual({ service, inbox: COMMANDS, distinct: COMMANDS });
      const durable = consumers.find((name) => name.includes(service))!;
      await waitFor(async () => (await jsm.consumers.info(stream, durable)).num_ack_pending === 0, {
        what: `${service}'s durable consumer to have nothing unacknowledged`,
      });
    }
  });
});

describe('two compliance instances running their scheduled overdue check', () => {
  let cluster: PrivateNatsCluster;
  let system: AllianceSystem;
  let nc: NatsConnection;
  let db: Client;

  beforeAll(async () => {
    cluster = await PrivateNatsCluster.start(3);
    system = new AllianceSystem('two-schedulers', {
      services: { membership: 1, compliance: 2 },
      natsUrl: cluster.url,
      env: { STREAM_REPLICAS: '3' },
      // Both instances look for overdue actions every 300 ms.
      serviceEnv: {
        compliance: { COMPLIANCE_OVERDUE_CHECK_INTERVAL_MS: '300', COMPLIANCE_EVIDENCE_DIR: EVIDENCE_DIR },
      },
    });
    await system.start();
    nc = await connect({ servers: cluster.url.split(',') });
    db = new Client({ connectionString: system.env.databaseUrl });
    await db.connect();
  }, 180_000);
  afterAll(async () => {
    await db?.end();
    await nc?.close();
    await system?.stop();
    await cluster?.dispose();
    rmSync(EVIDENCE_DIR, { recursive: true, force: true });
  });

  it('announces each overdue corrective action once, though both compliance instances run the check', async () => {
    const log = { info: () => undefined, warn: (message: string) => warnings.push(message) };
    const warnings: string[] = [];
    const config = {
      adminUsername: ADMIN_USERNAME,
      adminPassword: system.adminPassword,
      root: WORKSPACE_ROOT,
    };
    await launcher('demo-seed.js').seedDemoAlliance({ baseUrl: system.baseUrl, config, log });
    await launcher('demo-compliance.js').seedDemoCompliance({ baseUrl: system.baseUrl, config, log });
    expect(warnings).toEqual([]);

    // The demo audit's two actions fall due yesterday.
    const compliance = system.env.schema('compliance');
    const { rows } = await db.query(
      `UPDATE "${compliance}".corrective_action SET due_date = current_date - 1 WHERE status <> 'closed' RETURNING id::text`,
    );
    const actionIds = rows.map((r: { id: string }) => r.id).sort();
    expect(actionIds).toHaveLength(2);
    await waitFor(
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM "${compliance}".corrective_action WHERE overdue_at IS NOT NULL`,
          )
        ).rows[0].n === 2,
      { what: 'both actions marked overdue', timeoutMs: 30_000 },
    );
    // Many more rounds of both checks: still one announcement per action.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const overdue = (await readStreamEvents(nc, streamName('compliance', system.env.streamPrefix)))
      .filter((e) => e.envelope.type === ComplianceEvent.actionOverdue)
      .map((e) => (e.envelope.data as { actionId: string }).actionId)
      .sort();
    expect(overdue).toEqual(actionIds);
  });
});
