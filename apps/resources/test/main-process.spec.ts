import { randomUUID } from 'node:crypto';
import { healthPingSubject, streamName } from '@alliance/contracts';
import { ResourcesRpc, type ResourcePage } from '@alliance/contracts/resources';
import { connectNats, RpcClient } from '@alliance/messaging';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ADMIN } from './resources-harness';

describe('resources as a process (main.ts from the environment)', () => {
  const env = new TestEnvironment('resources-process');
  const service = new ServiceProcess(
    'apps/resources/src/main.ts',
    env.serviceEnv('resources', { RESOURCES_EXPIRY_CHECK: 'off' }),
  );
  let nc: NatsConnection;

  afterAll(async () => {
    await service.kill();
    await nc?.close();
    await env.cleanup();
  });

  it('starts from its environment, migrates, consumes membership’s stream, answers RPC and drains on SIGTERM', async () => {
    service.start();
    nc = await connectNats(env.natsUrl, 'resources-process-test');
    const rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 2000 });
    await waitFor(
      () => rpc.send(healthPingSubject('resources'), { requestId: 'ping', caller: null, body: {} }),
      {
        timeoutMs: 45_000,
        what: `resources to answer (output: ${service.recentOutput})`,
      },
    );
    const page = await rpc.send<ResourcePage>(ResourcesRpc.searchResources, {
      requestId: randomUUID(),
      caller: ADMIN,
      body: {},
    });
    expect(page).toEqual({ items: [], nextCursor: null });
    const jsm = await jetstreamManager(nc);
    // Its durable consumer of membership's stream (made once the stream exists).
    await waitFor(
      async () => {
        const consumers = [];
        for await (const info of jsm.consumers.list(streamName('membership', env.streamPrefix)))
          consumers.push(info.name);
        return consumers.length === 1;
      },
      { timeoutMs: 30_000, what: "resources' consumer of membership's stream" },
    );
    expect(await service.stop(15_000)).toBe(0);
  });
});
