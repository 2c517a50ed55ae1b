import { randomUUID } from 'node:crypto';
import { healthPingSubject } from '@alliance/contracts';
import { CoordinationRpc, type NoticePage } from '@alliance/contracts/coordination';
import { connectNats, RpcClient } from '@alliance/messaging';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import type { NatsConnection } from '@nats-io/transport-node';
import { ADMIN } from './coordination-harness';

describe('coordination as a process (main.ts from the environment)', () => {
  const env = new TestEnvironment('coordination-process');
  let nc: NatsConnection;

  afterAll(async () => {
    await nc?.close();
    await env.cleanup();
  });

  it('starts from its environment, migrates, answers RPC, and drains on SIGTERM', async () => {
    const service = new ServiceProcess(
      'apps/coordination/src/main.ts',
      env.serviceEnv('coordination', { COORDINATION_CHECKS: 'off' }),
    ).start();
    try {
      nc = await connectNats(env.natsUrl, 'coordination-process-test');
      const rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 2000 });
      await waitFor(
        () => rpc.send(healthPingSubject('coordination'), { requestId: 'ping', caller: null, body: {} }),
        { timeoutMs: 45_000, what: `coordination to answer (output: ${service.recentOutput})` },
      );
      const page = await waitFor(() =>
        rpc.send<NoticePage>(CoordinationRpc.listNotices, {
          requestId: randomUUID(),
          caller: ADMIN,
          body: {},
        }),
      );
      expect(page).toEqual({ items: [], nextCursor: null });
      expect(await service.stop(15_000)).toBe(0);
    } finally {
      await service.kill();
    }
  });

  it('refuses to start in production without the sign-in key, naming it', async () => {
    const service = new ServiceProcess(
      'apps/coordination/src/main.ts',
      env.serviceEnv('coordination', { NODE_ENV: 'production', COORDINATION_SIGN_IN_SECRET: '' }),
    ).start();
    try {
      await waitFor(() => !service.running, { timeoutMs: 30_000, what: 'the service to exit' });
      expect(await service.kill()).not.toBe(0);
      expect(service.recentOutput).toContain('COORDINATION_SIGN_IN_SECRET must be set in production');
    } finally {
      await service.kill();
    }
  });
});
