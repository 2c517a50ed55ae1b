#!/usr/bin/env node
// `npm start`: build the services, find or start PostgreSQL and NATS (JetStream), start every service under
// apps/ (the gateway last), wait until the gateway is ready, load the demo alliance into an empty membership
// database, and print how to log in. Ctrl-C or SIGTERM stops everything: services first (they drain), then
// any embedded server this launcher started.
const path = require('node:path');
const { loadConfig } = require('./config');
const { log } = require('./log');
const { isPortFree } = require('./infrastructure');
const { ensurePostgres, ensureNats, LauncherError } = require('./servers');
const { discoverServices, buildServices, commandFor, GATEWAY } = require('./services');
const { Supervisor } = require('./supervisor');
const { waitForGateway } = require('./gateway-client');
const { seedDemoAlliance } = require('./demo-seed');
const { seedDemoTraining } = require('./demo-training');
const { seedDemoResources } = require('./demo-resources');
const { seedDemoCompliance } = require('./demo-compliance');
const { seedDemoCoordination } = require('./demo-coordination');

const config = loadConfig();
const embedded = []; // servers started here, stopped in reverse order
const supervisor = new Supervisor({
  root: config.root,
  log,
  rawLogs: process.env.START_RAW_LOGS === '1',
  pidFile: path.join(config.dataDir, 'services.json'),
});
let shutdownPromise = null;
// Embedded servers being started when a stop arrives are stopped once they are up.
let infrastructureReady = Promise.resolve();

function shutdown(exitCode, reason) {
  if (shutdownPromise) return shutdownPromise;
  if (reason) log.info(reason);
  shutdownPromise = (async () => {
    await supervisor.stopAll();
    await infrastructureReady.catch(() => undefined);
    for (const server of [...embedded].reverse()) {
      log.info(`stopping the ${server.name}`);
      await server.stop().catch((error) => log.error(`${server.name}: ${error.message}`));
    }
    log.info('stopped');
    process.exit(exitCode);
  })();
  return shutdownPromise;
}

// Under `npm start` a terminal Ctrl-C arrives twice (from the terminal and forwarded by npm): a repeat
// within two seconds is the same request; a later one forces.
let firstSignalAt = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!firstSignalAt) {
      firstSignalAt = Date.now();
      void shutdown(0, `${signal}: stopping everything (press Ctrl-C again to force)`);
      return;
    }
    if (Date.now() - firstSignalAt < 2000) return;
    log.warn('forced stop');
    supervisor.killAllNow();
    process.exit(1);
  });
}
process.on('exit', () => supervisor.killAllNow());

supervisor.onUnexpectedExit = (name, code, signal) => {
  void shutdown(1, `${name} exited unexpectedly (${signal ?? `code ${code}`}): stopping everything`);
};

async function main() {
  const services = discoverServices(config.root);
  if (services.length === 0)
    throw new LauncherError('no services found under apps/ (each needs src/main.ts)');
  if (!services.some((service) => service.name === GATEWAY))
    throw new LauncherError('apps/gateway is missing');
  await supervisor.stopLeftovers();
  if (!(await isPortFree(config.port))) {
    throw new LauncherError(`port ${config.port} is already in use: stop what listens there or set PORT`);
  }

  if (!config.fromSource && !config.skipBuild) buildServices(config.root, services, log);

  infrastructureReady = (async () => {
    const databaseUrl = await ensurePostgres(config, log, embedded);
    const natsUrl = shutdownPromise ? null : await ensureNats(config, log, embedded);
    return { databaseUrl, natsUrl };
  })();
  const { databaseUrl, natsUrl } = await infrastructureReady;
  if (shutdownPromise) return;

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    // On a local cluster every stream is kept on three nodes, so that losing one loses nothing.
    ...(config.natsCluster ? { STREAM_REPLICAS: String(Math.min(config.natsCluster, 3)) } : {}),
    PORT: String(config.port),
    ADMIN_USERNAME: config.adminUsername,
    ADMIN_PASSWORD: config.adminPassword,
    // The gateway's /ready pings every other service that runs.
    GATEWAY_SERVICES:
      process.env.GATEWAY_SERVICES ||
      services
        .filter((service) => service.name !== GATEWAY)
        .map((service) => service.name)
        .join(','),
  };
  for (const service of services) {
    const [executable, args, mode] = commandFor(config.root, service, { fromSource: config.fromSource });
    log.info(
      `starting ${service.name} (${mode === 'dist' ? `dist/${service.dir}` : `${service.dir} from source`})`,
    );
    supervisor.start(service.name, executable, args, env);
  }

  await waitForGateway(config.gatewayUrl, {
    timeoutMs: config.readyTimeoutMs,
    stopped: () => Boolean(shutdownPromise),
    log,
  });
  if (shutdownPromise) return;
  log.info('the gateway is ready');

  if (!config.skipDemo) {
    await seedDemoAlliance({ baseUrl: config.gatewayUrl, config, log });
    if (services.some((service) => service.name === 'training')) {
      await seedDemoTraining({ baseUrl: config.gatewayUrl, config, log });
    }
    if (services.some((service) => service.name === 'resources')) {
      await seedDemoResources({ baseUrl: config.gatewayUrl, config, log });
    }
    if (services.some((service) => service.name === 'compliance')) {
      await seedDemoCompliance({ baseUrl: config.gatewayUrl, config, log });
    }
    if (services.some((service) => service.name === 'coordination')) {
      await seedDemoCoordination({ baseUrl: config.gatewayUrl, config, log });
    }
  }

  const names = services.map((service) => service.name).join(', ');
  const password = process.env.ADMIN_PASSWORD ? '<your ADMIN_PASSWORD>' : config.adminPassword;
  console.log(
    [
      '',
      log.bold(`  The alliance platform is running (${names}).`),
      `  Console:   ${config.publicUrl}/   log in as ${config.adminUsername} / ${password}`,
      `  API docs:  ${config.publicUrl}/api/docs   (OpenAPI: ${config.publicUrl}/api/openapi.json)`,
      `  Log in:    POST ${config.publicUrl}/api/v1/auth/login`,
      `             {"username":"${config.adminUsername}","password":"${password}"}`,
      '             then send the token as "Authorization: Bearer <token>" (Swagger UI: Authorize).',
      `  e.g.       curl -s -X POST ${config.publicUrl}/api/v1/auth/login -H 'content-type: application/json' \\`,
      `               -d '{"username":"${config.adminUsername}","password":"${password}"}'`,
      `  Health:    ${config.publicUrl}/health   ${config.publicUrl}/ready`,
      '  Stop:      Ctrl-C',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  if (shutdownPromise) return;
  const message = error instanceof LauncherError ? error.message : error.stack || String(error);
  log.error(message);
  void shutdown(1);
});
