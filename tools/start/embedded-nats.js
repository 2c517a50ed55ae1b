// nats-server with JetStream for a machine whose NATS is not running: store in .data/nats.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { probeNats, preferredOrFreePort, waitFor } = require('./infrastructure');
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

module.exports = { findNatsServer, startEmbeddedNats, stopLeftoverNats };
