import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { healthPingSubject, streamName } from '@alliance/contracts';
import { ComplianceEvent, ComplianceRpc, type StandardList } from '@alliance/contracts/compliance';
import { connectNats, RpcClient } from '@alliance/messaging';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ADMIN } from './compliance-harness';

describe('compliance as a process (main.ts from the environment)', () => {
  const env = new TestEnvironment('compliance-process');
  const service = new ServiceProcess(
    'apps/compliance/src/main.ts',
    env.serviceEnv('compliance', {
      COMPLIANCE_OVERDUE_CHECK: 'off',
      COMPLIANCE_EVIDENCE_DIR: path.join(tmpdir(), `compliance-evidence-${env.token}`),
    }),
  );
  let nc: NatsConnection;

  afterAll(async () => {
    await service.kill();
    await nc?.close();
    await env.cleanup();
  });

  it('starts from its environment, migrates, loads the seed standard, answers RPC, and drains on SIGTERM', async () => {
    service.start();
    nc = await connectNats(env.natsUrl, 'compliance-process-test');
    const rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 2000 });
    await waitFor(
      () => rpc.send(healthPingSubject('compliance'), { requestId: 'ping', caller: null, body: {} }),
      {
        timeoutMs: 45_000,
        what: `compliance to answer (output: ${service.recentOutput})`,
      },
    );
    // The RPC server listens while the application initialises; the seed standard is there once it has.
    const list = await waitFor(async () => {
      const answer = await rpc.send<StandardList>(ComplianceRpc.listStandards, {
        requestId: randomUUID(),
        caller: ADMIN,
        body: { status: 'published' },
      });
      return answer.items.length > 0 ? answer : null;
    });
    expect(list.items.map((s) => [s.code, s.totalPoints])).toEqual([['TY-QA', 1000]]);

    const jsm = await jetstreamManager(nc);
    const message = await waitFor(
      () => jsm.streams.getMessage(streamName('compliance', env.streamPrefix), { seq: 1 }),
      {
        what: 'the seed standard published event',
      },
    );
    expect(message.subject).toBe(`${env.subjectPrefix}${ComplianceEvent.standardPublished}`);

    expect(await service.stop(15_000)).toBe(0);
  });

  it('refuses to start with an S3 evidence store that is not fully configured, naming what is missing', async () => {
    const misconfigured = new ServiceProcess(
      'apps/compliance/src/main.ts',
      env.serviceEnv('compliance', {
        COMPLIANCE_OVERDUE_CHECK: 'off',
        COMPLIANCE_EVIDENCE_STORE: 's3',
        COMPLIANCE_EVIDENCE_S3_REGION: 'us-east-1',
      }),
    ).start();
    try {
      await waitFor(() => !misconfigured.running, {
        timeoutMs: 30_000,
        what: 'the misconfigured service to exit',
      });
      expect(await misconfigured.kill()).not.toBe(0);
      expect(misconfigured.recentOutput).toContain('COMPLIANCE_EVIDENCE_S3_BUCKET is required');
    } finally {
      await misconfigured.kill();
    }
  });
});
