import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { streamName } from '@alliance/contracts';
import { MembershipEvent } from '@alliance/contracts/membership';
import { newCreditCode, PrivateNatsCluster, readStreamEvents, waitFor } from '@alliance/testing';
import { AllianceSystem } from './support/alliance-system';

const COMMANDS = 150;
const KILL_AT = 50;
const RESTART_AT = 110;
/** The services that keep a projection of membership's organisations. */
const CONSUMERS = [
  ['training', 'member_organisation'],
  ['resources', 'member_organisation'],
  ['compliance', 'member_organisation'],
  ['dashboard', 'dash_org'],
] as const;
const EVIDENCE_DIR = join(tmpdir(), `failover-evidence-${process.pid}`);

interface Outcome {
  status: number;
  id?: string;
  at: number;
}

function application(i: number) {
  return {
    name: `故障切换托育中心${String(i).padStart(3, '0')}`,
    creditCode: newCreditCode(),
    kind: 'childcare_centre',
    ownership: 'private',
    districtCode: 'gaoxin',
    address: '成都市高新区天府大道北段',
    contacts: [{ name: '王园长', role: '园长', phone: '13812345678' }],
    licensedPlaces: 80,
    affordablePlaces: 40,
  };
}

/** The longest time between two accepted commands: how long the platform stopped taking them. */
function longestGapMs(outcomes: Outcome[]): number {
  const accepted = outcomes.filter((o) => o.status === 201).map((o) => o.at);
  return accepted.slice(1).reduce((gap, at, i) => Math.max(gap, at - accepted[i]), 0);
}

describe('the platform on a three-node JetStream cluster losing the node that leads the membership stream', () => {
  let cluster: PrivateNatsCluster;
  let system: AllianceSystem;
  let nc: NatsConnection;

  beforeAll(async () => {
    cluster = await PrivateNatsCluster.start(3);
    system = new AllianceSystem('failover', {
      services: { membership: 1, training: 1, resources: 1, compliance: 1, dashboard: 1 },
      natsUrl: cluster.url,
      env: { STREAM_REPLICAS: '3' },
      serviceEnv: {
        training: { TRAINING_EXPIRY_CHECK: 'off' },
        resources: { RESOURCES_EXPIRY_CHECK: 'off' },
        compliance: {
          COMPLIANCE_OVERDUE_CHECK: 'off',
          COMPLIANCE_EVIDENCE_DIR: EVIDENCE_DIR,
        },
      },
    });
    await system.start();
    nc = await connect({ servers: cluster.url.split(','), maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  }, 180_000);
  afterAll(async () => {
    for (const node of cluster.nodes) await node.server.start();
    await nc?.close();
    await system?.stop();
    await cluster?.dispose();
    rmSync(EVIDENCE_DIR, { recursive: true, force: true });
  });

  it('keeps every accepted command with exactly one event, every consuming service applies each once, and reports the failover', async () => {
    const stream = streamName('membership', system.env.streamPrefix);
    const jsm = await jetstreamManager(nc);
    expect((await jsm.streams.info(stream)).config.num_replicas).toBe(3);
    const token = await system.adminToken();

    const outcomes: Outcome[] = [];
    let killed: string | undefined;
    const started = Date.now();
    for (let i = 0; i < COMMANDS; i++) {
      if (i === KILL_AT) {
        killed = (await cluster.leaderOf(stream)).name;
        await cluster.stopNode(killed, 'SIGKILL');
      }
      if (i === RESTART_AT) await cluster.startNode(killed!);
      const answer = await system
        .request('POST', '/api/v1/members', { token, body: application(i) })
        .catch(() => ({ status: 0, body: undefined }));
      outcomes.push({
        status: answer.status,
        id: (answer.body as { id?: string } | undefined)?.id,
        at: Date.now() - started,
      });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    const accepted = outcomes.filter((o) => o.status === 201).map((o) => o.id!);
    // A refusal must say the platform is unavailable for the moment, never that the input was wrong.
    expect(outcomes.filter((o) => o.status !== 201 && ![0, 502, 503, 504].includes(o.status))).toEqual([]);
    expect(accepted.length).toBeGreaterThan(COMMANDS / 2);

    // Every accepted command's event on the stream, once.
    const events = await waitFor(
      async () => {
        const all = (await readStreamEvents(nc, stream)).filter(
          (e) => e.envelope.type === MembershipEvent.memberApplied,
        );
        return all.length >= accepted.length ? all : undefined;
      },
      { what: 'an event for every accepted command', timeoutMs: 60_000 },
    );
    const perOrganisation = new Map<string, number>();
    for (const e of events)
      perOrganisation.set(e.envelope.aggregateId, (perOrganisation.get(e.envelope.aggregateId) ?? 0) + 1);
    expect([...perOrganisation.keys()].sort()).toEqual([...accepted].sort());
    expect([...perOrganisation.values()].every((n) => n === 1)).toBe(true);

    // Every consuming service applied each of them once, without anyone restarting it.
    const db = new Client({ connectionString: system.env.databaseUrl });
    await db.connect();
    try {
      for (const [service, table] of CONSUMERS) {
        const schema = system.env.schema(service);
        await waitFor(
          async () => {
            const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM "${schema}".${table}`)).rows;
            return n >= accepted.length;
          },
          { what: `${service} to know every accepted organisation`, timeoutMs: 60_000 },
        );
        const { rows } = await db.query(
          `SELECT organisation_id::text AS id FROM "${schema}".${table} ORDER BY organisation_id`,
        );
        expect({ service, ids: rows.map((r: { id: string }) => r.id) }).toEqual({
          service,
          ids: [...accepted].sort(),
        });
        const [{ inbox, distinct }] = (
          await db.query(
            `SELECT count(*)::int AS inbox, count(DISTINCT event_id)::int AS distinct FROM "${schema}".inbox WHERE event_type = $1`,
            [MembershipEvent.memberApplied],
          )
        ).rows;
        expect({ service, inbox, distinct }).toEqual({
          service,
          inbox: accepted.length,
          distinct: accepted.length,
        });
      }
    } finally {
      await db.end();
    }

    const refused = outcomes.filter((o) => o.status !== 201);
    const figure = {
      commands: COMMANDS,
      accepted: accepted.length,
      refused: refused.length,
      refusedByStatus: Object.fromEntries(
        [...new Set(refused.map((o) => o.status))].map((s) => [
          s,
          refused.filter((o) => o.status === s).length,
        ]),
      ),
      errorRate: +(refused.length / COMMANDS).toFixed(3),
      longestGapMs: longestGapMs(outcomes),
      killedNode: killed,
      newLeader: (await cluster.leaderOf(stream)).name,
    };
    // The failover figure (README, "Scale-out"): what the gateway's clients saw while the leader was lost.
    console.log(`failover: ${JSON.stringify(figure)}`);
  });
});
