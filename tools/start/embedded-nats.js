// nats-server with JetStream for a machine whose NATS is not running: store in .data/nats.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { freePort, probeNats, preferredOrFreePort, waitFor } = require('./infrastructure');
const { stopChild, stopLeftover, tail } = require('./process-utils');

const CANDIDATES = [
  '/usr/sbin/nats-server',
  '/usr/local/bin/nats-server',
  '/usr/bin/nats-server',
  '/opt/homebrew/bin/nats-server',
];

/** The nats-server binary: NATS_SERVER_BIN, then the PATH, then the usual places; null when there is none. */
function findNatsServer(env = process.env) {
  if (env.NATS_SERVER_BIN) return fs.existsSync(env.NATS_SERVER_BIN) ? env.NATS_SERVER_BIN : null;
  const onPath = (env.PATH || '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, 'nats-server'));
  return (
    [...onPath, ...CANDIDATES].find((file) => {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** An embedded server left running by a launcher that died is stopped before anything is probed. */
async function stopLeftoverNats(dataDir, log) {
  const pidFile = path.join(dataDir, 'nats', 'nats-server.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8'), 10);
  if (await stopLeftover(pid, 'nats-server', 'SIGTERM'))
    log.warn(`stopped a leftover embedded nats-server (pid ${pid})`);
}

async function startEmbeddedNats({ binary, dataDir, preferredPort, log }) {
  const storeDir = path.join(dataDir, 'nats');
  const pidFile = path.join(storeDir, 'nats-server.pid');
  const logFile = path.join(dataDir, 'nats-server.log');
  fs.mkdirSync(storeDir, { recursive: true });

  await stopLeftoverNats(dataDir, log);

  const port = await preferredOrFreePort(preferredPort);
  const child = spawn(
    binary,
    [
      '-js',
      '-a',
      '127.0.0.1',
      '-p',
      String(port),
      '-sd',
      storeDir,
      '-P',
      pidFile,
      '-l',
      logFile,
      '-n',
      'alliance-dev',
    ],
    { detached: true, stdio: 'ignore' },
  );
  let exitedEarly = null;
  child.once('exit', (code, signal) => (exitedEarly = { code, signal }));
  child.once('error', (error) => (exitedEarly = { code: error.message }));

  const url = `nats://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exitedEarly) throw new Error(`nats-server exited (${exitedEarly.code ?? exitedEarly.signal})`);
        const answer = await probeNats(url, 1000);
        return answer.ok && answer.jetstream;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: 'the embedded nats-server' },
    );
  } catch (error) {
    await stopChild(child, 'SIGTERM', 5000);
    throw new Error(`${error.message}\n--- ${logFile} ---\n${tail(logFile)}`);
  }

  return {
    name: 'embedded nats-server',
    url,
    port,
    logFile,
    stop: () => stopChild(child, 'SIGTERM', 15_000),
  };
}

/** Until the cluster has a JetStream meta leader: before that every stream request fails. */
async function waitForJetStream(urls, timeoutMs) {
  const { connect } = require('@nats-io/transport-node');
  const { jetstreamManager } = require('@nats-io/jetstream');
  await waitFor(
    async () => {
      const nc = await connect({ servers: urls, timeout: 1000, maxReconnectAttempts: 0 }).catch(() => null);
      if (!nc) return false;
      try {
        await (await jetstreamManager(nc, { timeout: 1000 })).getAccountInfo();
        return true;
      } catch {
        return false;
      } finally {
        await nc.close();
      }
    },
    { timeoutMs, intervalMs: 250, what: 'JetStream on the embedded cluster' },
  );
}

/**
 * START_NATS_CLUSTER=3: a JetStream cluster of `size` nats-servers on loopback (stores in .data/nats-cluster/<node>,
 * logs beside them), for trying failover by hand: kill one (its pid is in its store folder) and watch the
 * platform go on. The services get every node in NATS_URL and keep their streams at that many replicas.
 */
async function startEmbeddedNatsCluster({ binary, dataDir, size, log }) {
  const root = path.join(dataDir, 'nats-cluster');
  const name = 'alliance-dev-cluster';
  const nodes = [];
  for (let i = 1; i <= size; i++) {
    const storeDir = path.join(root, `n${i}`);
    fs.mkdirSync(storeDir, { recursive: true });
    const pidFile = path.join(storeDir, 'nats-server.pid');
    if (fs.existsSync(pidFile)) {
      const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8'), 10);
      if (await stopLeftover(pid, 'nats-server', 'SIGTERM'))
        log.warn(`stopped a leftover cluster node (pid ${pid})`);
    }
    nodes.push({
      name: `${name}-n${i}`,
      storeDir,
      clientPort: await freePort(),
      clusterPort: await freePort(),
    });
  }
  const routes = nodes.map((n) => `nats://127.0.0.1:${n.clusterPort}`).join(',');
  const children = nodes.map((n) =>
    spawn(
      binary,
      [
        '-js',
        '-a',
        '127.0.0.1',
        '-p',
        String(n.clientPort),
        '-sd',
        n.storeDir,
        '-P',
        path.join(n.storeDir, 'nats-server.pid'),
        '-l',
        path.join(n.storeDir, 'nats-server.log'),
        '-n',
        n.name,
        '--cluster_name',
        name,
        '--cluster',
        `nats://127.0.0.1:${n.clusterPort}`,
        '--routes',
        routes,
      ],
      { detached: true, stdio: 'ignore' },
    ),
  );
  const urls = nodes.map((n) => `nats://127.0.0.1:${n.clientPort}`);
  const stop = () => Promise.all(children.map((child) => stopChild(child, 'SIGTERM', 15_000)));
  try {
    await waitForJetStream(urls, 60_000);
  } catch (error) {
    await stop();
    throw new Error(
      `${error.message}\n--- ${nodes[0].storeDir}/nats-server.log ---\n${tail(path.join(nodes[0].storeDir, 'nats-server.log'))}`,
    );
  }
  log.info(
    `NATS cluster: ${nodes.map((n, i) => `${n.name} ${urls[i]} (pid file ${path.relative(dataDir, n.storeDir)}/nats-server.pid)`).join('; ')}`,
  );
  return { name: `embedded nats cluster (${size} nodes)`, url: urls.join(','), stop };
}

module.exports = { findNatsServer, startEmbeddedNats, startEmbeddedNatsCluster, stopLeftoverNats };
