import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { TestEnvironment } from '@alliance/testing';
import { connectNats, StreamProvisioner } from '../src';

describe('stream and consumer provisioning (real NATS)', () => {
  const env = new TestEnvironment('provisioning');
  let nc: NatsConnection;
  let provisioner: StreamProvisioner;

  beforeAll(async () => {
    nc = await connectNats(env.natsUrl, 'provisioning-test');
    provisioner = new StreamProvisioner(nc, { subjectPrefix: env.subjectPrefix, streamPrefix: env.streamPrefix });
  });
  afterAll(async () => {
    await nc.close();
    await env.cleanup();
  });

  it('lets consumers and producers start in any order, even at the same moment', async () => {
    const spec = { context: 'training', durable: 'compliance', maxDeliver: 5, ackWaitMs: 30_000 };
    // A consumer first (it creates the stream), then everyone at once.
    await provisioner.ensureDurableConsumer(spec);
    await Promise.all([
      provisioner.ensureStream('training'),
      provisioner.ensureStream('training'),
      provisioner.ensureDurableConsumer(spec),
      provisioner.ensureDurableConsumer({ ...spec, durable: 'resources' }),
    ]);
    const jsm = await jetstreamManager(nc);
    const stream = await jsm.streams.info(provisioner.streamFor('training'));
    expect(stream.config.subjects).toEqual([`${env.subjectPrefix}evt.training.>`]);
    const durables: string[] = [];
    for await (const c of jsm.consumers.list(stream.config.name)) durables.push(c.name);
    expect(durables.sort()).toEqual(['compliance', 'resources']);
    const consumer = await jsm.consumers.info(stream.config.name, 'compliance');
    expect(consumer.config.max_deliver).toBe(6);
    expect(consumer.config.filter_subject).toBe(`${env.subjectPrefix}evt.training.>`);
  });

  it('updates a consumer whose limits changed instead of failing', async () => {
    const spec = { context: 'resources', durable: 'training', maxDeliver: 3, ackWaitMs: 10_000 };
    await provisioner.ensureDurableConsumer(spec);
    await provisioner.ensureDurableConsumer({ ...spec, maxDeliver: 8 });
    const jsm = await jetstreamManager(nc);
    const info = await jsm.consumers.info(provisioner.streamFor('resources'), 'training');
    expect(info.config.max_deliver).toBe(9);
  });
});
