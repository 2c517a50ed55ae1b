import { randomUUID } from 'node:crypto';
import { healthPingSubject, streamName } from '@alliance/contracts';
import { MembershipEvent, MembershipRpc, type MemberView } from '@alliance/contracts/membership';
import { connectNats, RpcClient } from '@alliance/messaging';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { application, ADMIN } from './membership-harness';

describe('membership as a process (main.ts from the environment)', () => {
  const env = new TestEnvironment('membership-process');
  const service = new ServiceProcess('apps/membership/src/main.ts', env.serviceEnv('membership'));
  let nc: NatsConnection;

  afterAll(async () => {
    await service.kill();
    await nc?.close();
    await env.cleanup();
  });

  it('starts from its environment, migrates, answers RPC, publishes events, and drains on SIGTERM', async () => {
    service.start();
    nc = await connectNats(env.natsUrl, 'membership-process-test');
    const rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 2000 });
    await waitFor(
      () => rpc.send(healthPingSubject('membership'), { requestId: 'ping', caller: null, body: {} }),
      {
        timeoutMs: 45_000,
        what: `membership to answer (output: ${service.recentOutput})`,
      },
    );

    const member = await rpc.send<MemberView>(MembershipRpc.applyMember, {
      requestId: randomUUID(),
      caller: ADMIN,
      body: application(),
    });
    expect(member.status).toBe('applied');

    const jsm = await jetstreamManager(nc);
    const stream = streamName('membership', env.streamPrefix);
    const message = await waitFor(() => jsm.streams.getMessage(stream, { seq: 1 }), {
      what: 'the applied event',
    });
    expect(message.subject).toBe(`${env.subjectPrefix}${MembershipEvent.memberApplied}`);

    expect(await service.stop(15_000)).toBe(0);
  });
});
