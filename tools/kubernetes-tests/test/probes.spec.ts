import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect as connectSocket } from 'node:net';
import { resolve } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { WORKSPACE_ROOT } from './render';

/**
 * The exec probes the RPC services' pods run (tools/runtime/service-ready.js) and the container healthcheck
 * (tools/runtime/healthcheck.js), against a private nats-server where a test plays the service: what makes them
 * pass and what makes them fail, and that a comma-separated NATS_URL (the production cluster) works.
 */

const natsServer = [
  process.env.NATS_SERVER_BIN,
  '/usr/sbin/nats-server',
  '/usr/local/bin/nats-server',
  '/usr/bin/nats-server',
]
  .filter((c): c is string => !!c)
  .find((c) => existsSync(c));
if (!natsServer) {
  process.stderr.write(
    '\nkubernetes-tests: SKIPPED the probe scripts — no nats-server binary (NATS_SERVER_BIN)\n\n',
  );
}
const describeWithNats = natsServer ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((done) => {
      const socket = connectSocket(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), done(true)));
      socket.once('error', () => done(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nats-server did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface ProbeResult {
  code: number;
  stderr: string;
}

function runProbe(script: string, env: Record<string, string>): Promise<ProbeResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve(WORKSPACE_ROOT, 'tools/runtime', script)],
      {
        cwd: WORKSPACE_ROOT,
        env: { PATH: process.env.PATH ?? '', HEALTHCHECK_TIMEOUT_MS: '1500', ...env },
        timeout: 20_000,
      },
      (error, _stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr }),
    );
  });
}

describeWithNats('the probe scripts of tools/runtime', () => {
  let server: ChildProcess;
  let port: number;
  let deadPort: number;
  let nc: NatsConnection;
  /** What the fake service answers to `<prefix>membership.pipeline.status` (the NestJS reply packet). */
  let answer: unknown;
  const prefix = `k8s-probe-${process.pid}.`;

  beforeAll(async () => {
    port = await freePort();
    deadPort = await freePort();
    server = spawn(natsServer!, ['-a', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    await waitForPort(port);
    nc = await connect({ servers: `127.0.0.1:${port}` });
    nc.subscribe(`${prefix}membership.pipeline.status`, {
      callback: (_error, msg) => {
        msg.respond(JSON.stringify(answer));
      },
    });
    nc.subscribe(`${prefix}membership.health.ping`, {
      callback: (_error, msg) => {
        msg.respond(JSON.stringify({ response: { service: 'membership', status: 'ok' }, isDisposed: true }));
      },
    });
    await nc.flush();
  });

  afterAll(async () => {
    await nc?.close();
    server?.kill('SIGKILL');
  });

  // A cluster's list. Live server first: read as one URL (the bug this guards against), the list reached only the
  // last server's port.
  const env = (natsUrl = `nats://127.0.0.1:${port}`) => ({
    SERVICE: 'membership',
    SUBJECT_PREFIX: prefix,
    NATS_URL: natsUrl,
  });

  const status = (relay: unknown) => ({
    response: { service: 'membership', outbox: { unpublished: 0 }, relay, consumers: [], deadLetters: {} },
    isDisposed: true,
    id: 'x',
  });

  it('service-ready.js: ready when the pipeline status answers with a relay that publishes', async () => {
    answer = status({ failingForMs: null, lastError: null, published: 3 });
    await expect(runProbe('service-ready.js', env())).resolves.toEqual({ code: 0, stderr: '' });
  });

  it('service-ready.js: ready with a comma-separated NATS_URL, one of its servers down', async () => {
    answer = status(null);
    const result = await runProbe(
      'service-ready.js',
      env(`nats://127.0.0.1:${port},nats://127.0.0.1:${deadPort}`),
    );
    expect(result).toEqual({ code: 0, stderr: '' });
  });

  it('service-ready.js: not ready when the relay has failed for longer than RELAY_STALL_MS', async () => {
    answer = status({ failingForMs: 45_000, lastError: 'no stream leader', published: 0 });
    const result = await runProbe('service-ready.js', env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('relay stalled for 45000 ms: no stream leader');
    answer = status({ failingForMs: 5_000, lastError: 'no stream leader', published: 0 });
    await expect(runProbe('service-ready.js', env())).resolves.toMatchObject({ code: 0 });
  });

  it('service-ready.js: not ready when the service answers an error (e.g. PostgreSQL down)', async () => {
    answer = { err: { code: 'INTERNAL', message: 'connect ECONNREFUSED 10.0.0.5:5432' }, isDisposed: true };
    const result = await runProbe('service-ready.js', env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ECONNREFUSED 10.0.0.5:5432');
  });

  it('service-ready.js: not ready when no instance answers, or NATS is unreachable', async () => {
    const nobody = await runProbe('service-ready.js', { ...env(), SERVICE: 'training' });
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/training not ready: .*no responders/);
    const noNats = await runProbe('service-ready.js', env(`nats://127.0.0.1:${deadPort}`));
    expect(noNats.code).toBe(1);
    expect(noNats.stderr).toContain('membership not ready');
  });

  it('service-ready.js: asks the process of its own pod (HOSTNAME), not any instance', async () => {
    answer = status({ failingForMs: null, lastError: null, published: 1 });
    const own = nc.subscribe(`${prefix}membership.pipeline.status.membership-7f9c-x2`, {
      callback: (_error, msg) => {
        msg.respond(JSON.stringify(status({ failingForMs: 99_000, lastError: 'own relay', published: 0 })));
      },
    });
    await nc.flush();
    try {
      // The shared subject would say ready; this pod's own process says its relay is stalled.
      const result = await runProbe('service-ready.js', { ...env(), HOSTNAME: 'membership-7f9c-x2' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('own relay');
      // A pod whose process does not answer (not started yet) is not ready, whoever else answers.
      const absent = await runProbe('service-ready.js', { ...env(), HOSTNAME: 'membership-other' });
      expect(absent.code).toBe(1);
    } finally {
      own.unsubscribe();
    }
  });

  it('service-ready.js refuses to probe the gateway (it has GET /ready)', async () => {
    const result = await runProbe('service-ready.js', { ...env(), SERVICE: 'gateway' });
    expect(result.code).toBe(1);
  });

  it('healthcheck.js: the health ping through a comma-separated NATS_URL, one of its servers down', async () => {
    const result = await runProbe(
      'healthcheck.js',
      env(`nats://127.0.0.1:${port},nats://127.0.0.1:${deadPort}`),
    );
    expect(result).toEqual({ code: 0, stderr: '' });
  });
});
