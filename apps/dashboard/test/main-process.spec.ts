import { randomUUID } from 'node:crypto';
import { CONTEXTS, healthPingSubject, streamName } from '@alliance/contracts';
import { DashboardRpc, type DashboardView } from '@alliance/contracts/dashboard';
import { MembershipEvent } from '@alliance/contracts/membership';
import { buildEnvelope, connectNats, RpcClient } from '@alliance/messaging';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ADMIN } from './dashboard-harness';

describe('dashboard as a process (main.ts from the environment)', () => {
  const env = new TestEnvironment('dashboard-process');
  const service = new ServiceProcess('apps/dashboard/src/main.ts', env.serviceEnv('dashboard'));
  let nc: NatsConnection;

  afterAll(async () => {
    await service.kill();
    await nc?.close();
    await env.cleanup();
  });

  it('starts from its environment, migrates, consumes every producing stream, answers RPC, and drains on SIGTERM', async () => {
    service.start();
    nc = await connectNats(env.natsUrl, 'dashboard-process-test');
    const rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 2000 });
    await waitFor(() => rpc.send(healthPingSubject('dashboard'), { requestId: 'ping', caller: null, body: {} }), {
      timeoutMs: 45_000,
      what: `the dashboard to answer (output: ${service.recentOutput})`,
    });
    // One durable consumer on each producing context's stream, from the start.
    const jsm = await jetstreamManager(nc);
    const consumersOf = async (context: string) => {
      const names: string[] = [];
      for await (const info of jsm.consumers.list(streamName(context, env.streamPrefix))) names.push(info.name);
      return names;
    };
    for (const context of CONTEXTS) {
      await waitFor(async () => (await consumersOf(context)).length > 0, { timeoutMs: 30_000, what: `a consumer of ${context}` });
      expect({ context, consumers: (await consumersOf(context)).length }).toEqual({ context, consumers: 1 });
    }

    const org = randomUUID();
    const envelope = buildEnvelope({
      type: MembershipEvent.memberApplied,
      aggregateId: org,
      aggregateVersion: 1,
      data: {
        memberId: org, name: '进程测试托育', nameEn: null, creditCode: '91510100MA6CXXXX0X', kind: 'childcare_centre',
        ownership: 'private', districtCode: 'wenjiang', districtName: '温江区', address: '成都市温江区', licensedPlaces: 40,
        affordablePlaces: 20, allianceRole: 'member', status: 'applied', appliedAt: new Date().toISOString(),
      },
      meta: { correlationId: 'process-test', actor: { id: 'test', kind: 'service' } },
    });
    await jetstream(nc).publish(`${env.subjectPrefix}${envelope.type}`, JSON.stringify(envelope), { msgID: envelope.eventId });
    const view = await waitFor(
      async () => {
        const figures = await rpc.send<DashboardView>(DashboardRpc.figures, { requestId: randomUUID(), caller: ADMIN, body: {} });
        return figures.alliance.membersByStatus.applied === 1 ? figures : null;
      },
      { timeoutMs: 30_000, what: 'the application on the dashboard' },
    );
    expect(view.districts.map((d) => d.districtCode)).toEqual(['wenjiang']);

    expect(await service.stop(15_000)).toBe(0);
  });
});
