import { PrivateNatsServer, waitFor } from '@alliance/testing';
import { application, GatewayHarness, type HttpAnswer } from './support/gateway-harness';

/** Well under the harness's RPC timeout (5 s): the gateway must not wait it out while NATS is down. */
const FAST_MS = 1500;

async function timed(call: () => Promise<HttpAnswer>): Promise<{ answer: HttpAnswer; ms: number }> {
  const started = Date.now();
  const answer = await call();
  return { answer, ms: Date.now() - started };
}

describe('a NATS outage at the gateway: 503 at once, recovery by itself (private nats-server, membership as a process)', () => {
  let nats: PrivateNatsServer;
  let h: GatewayHarness;
  let admin: string;

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    h = new GatewayHarness('gw-nats-outage', { natsUrl: nats.url });
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(async () => {
    // Streams are deleted on the private server, so it must be up for the cleanup.
    await nats?.start();
    await h?.stop();
    await nats?.dispose();
  });

  it('answers 503 problem+json within about a second while NATS is down, and serves requests again once it is back', async () => {
    expect((await h.request('GET', '/api/v1/members', { token: admin })).status).toBe(200);

    await nats.stop();

    for (const call of [
      () => h.request('GET', '/api/v1/members', { token: admin }),
      () =>
        h.request('POST', '/api/v1/members', { token: admin, body: application({ name: '断网时的申请' }) }),
      () => h.request('GET', '/api/v1/districts', { token: admin }),
    ]) {
      const { answer, ms } = await timed(call);
      expect({ status: answer.status, fast: ms < FAST_MS, ms }).toEqual({ status: 503, fast: true, ms });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.code).toMatch(/^(SERVICE_UNAVAILABLE|TIMEOUT)$/);
      expect(answer.body.service).toBe('membership');
    }
    // What the gateway owns does not need NATS.
    expect((await h.request('GET', '/api/v1/accounts', { token: admin })).status).toBe(200);

    await nats.start();

    // Neither the gateway nor membership is restarted: both reconnect by themselves.
    await waitFor(async () => (await h.request('GET', '/api/v1/members', { token: admin })).status === 200, {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'the gateway to forward to membership again after NATS came back',
    });
    const applied = await h.request('POST', '/api/v1/members', {
      token: admin,
      body: application({ name: '恢复后的申请' }),
    });
    expect(applied.status).toBe(201);
    // The application made while NATS was down was refused before it was sent, so it does not exist.
    const listed = await h.request('GET', `/api/v1/members?q=${encodeURIComponent('断网时的申请')}`, {
      token: admin,
    });
    expect(listed.body.items).toEqual([]);
  });
});
