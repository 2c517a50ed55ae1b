import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { Client } from 'pg';
import { ensureSchema } from '@alliance/persistence';
import { PrivateNatsServer, TestEnvironment, waitFor } from '../src';

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? `after ${calls}` : null), { intervalMs: 1 })).resolves.toBe('after 3');
  });

  it('names what it waited for when it gives up', async () => {
    await expect(waitFor(() => false, { timeoutMs: 50, intervalMs: 5, what: 'the moon' })).rejects.toThrow(
      'timed out waiting for the moon',
    );
  });
});

describe('TestEnvironment', () => {
  it('isolates runs and removes its schemas and streams', async () => {
    const a = new TestEnvironment('a');
    const b = new TestEnvironment('b');
    expect(a.subjectPrefix).not.toBe(b.subjectPrefix);
    expect(a.schema('membership')).not.toBe(b.schema('membership'));
    expect(a.serviceEnv('membership')).toMatchObject({ MEMBERSHIP_DB_SCHEMA: a.schema('membership'), SUBJECT_PREFIX: a.subjectPrefix });

    const schema = a.schema('membership');
    await ensureSchema(a.databaseUrl, schema);
    const nc = await connect({ servers: a.natsUrl });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: `${a.streamPrefix}_EVT_X`, subjects: [`${a.subjectPrefix}evt.x.>`] });
    await a.cleanup();

    const names: string[] = [];
    for await (const info of jsm.streams.list()) names.push(info.config.name);
    expect(names).not.toContain(`${a.streamPrefix}_EVT_X`);
    await nc.close();
    const pg = new Client({ connectionString: a.databaseUrl });
    await pg.connect();
    const { rowCount } = await pg.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
    await pg.end();
    expect(rowCount).toBe(0);
  });
});

describe('PrivateNatsServer', () => {
  it('stops and starts on the same port, keeping its JetStream store', async () => {
    const server = await PrivateNatsServer.start();
    try {
      let nc = await connect({ servers: server.url });
      await (await jetstreamManager(nc)).streams.add({ name: 'KEPT', subjects: ['kept.>'] });
      await nc.close();

      await server.stop();
      await expect(connect({ servers: server.url, timeout: 500, reconnect: false })).rejects.toThrow();

      await server.start();
      nc = await connect({ servers: server.url });
      const info = await (await jetstreamManager(nc)).streams.info('KEPT');
      expect(info.config.subjects).toEqual(['kept.>']);
      await nc.close();
    } finally {
      await server.dispose();
    }
  });
});
