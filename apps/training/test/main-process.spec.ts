import { randomUUID } from 'node:crypto';
import { healthPingSubject, streamName } from '@alliance/contracts';
import { TrainingEvent, TrainingRpc, type CourseView } from '@alliance/contracts/training';
import { connectNats, RpcClient } from '@alliance/messaging';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ADMIN } from './training-harness';

describe('training as a process (main.ts from the environment)', () => {
  const env = new TestEnvironment('training-process');
  const service = new ServiceProcess(
    'apps/training/src/main.ts',
    env.serviceEnv('training', { TRAINING_EXPIRY_CHECK: 'off' }),
  );
  let nc: NatsConnection;

  afterAll(async () => {
    await service.kill();
    await nc?.close();
    await env.cleanup();
  });

  it('starts from its environment, migrates, consumes membership’s stream, answers RPC, publishes events, and drains on SIGTERM', async () => {
    service.start();
    nc = await connectNats(env.natsUrl, 'training-process-test');
    const rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 2000 });
    await waitFor(
      () => rpc.send(healthPingSubject('training'), { requestId: 'ping', caller: null, body: {} }),
      {
        timeoutMs: 45_000,
        what: `training to answer (output: ${service.recentOutput})`,
      },
    );
    const send = <T>(subject: string, body: object) =>
      rpc.send<T>(subject, { requestId: randomUUID(), caller: ADMIN, body });
    const draft = await send<CourseView>(TrainingRpc.createCourse, {
      code: 'PROC-1',
      title: '婴幼儿急救',
      category: 'safety_and_first_aid',
      creditHours: 8,
      targetRoles: [],
    });
    await send(TrainingRpc.publishCourse, { id: draft.id, expectedVersion: 1 });

    const jsm = await jetstreamManager(nc);
    const message = await waitFor(
      () => jsm.streams.getMessage(streamName('training', env.streamPrefix), { seq: 1 }),
      { what: 'the published event' },
    );
    expect(message.subject).toBe(`${env.subjectPrefix}${TrainingEvent.coursePublished}`);
    // Its durable consumer of membership's stream exists from the start.
    const consumers = [];
    for await (const info of jsm.consumers.list(streamName('membership', env.streamPrefix)))
      consumers.push(info.name);
    expect(consumers.length).toBe(1);

    expect(await service.stop(15_000)).toBe(0);
  });
});
