#!/usr/bin/env node
// Readiness of an RPC service (no HTTP port) for a Kubernetes exec probe (deploy/kubernetes): exit 0 when
// `<prefix><service>.pipeline.status` answers over NATS. That answer reads the service's outbox and dead
// letters in PostgreSQL and its consumers in JetStream, so it proves NATS (from this pod), PostgreSQL and
// JetStream; a relay failing to publish for longer than RELAY_STALL_MS (default 30 s) is not ready either,
// as in the gateway's /ready.
// With HOSTNAME set (always, in a pod: the pod's name) it asks `<service>.pipeline.status.<HOSTNAME>`, which only
// the service process of this pod answers (libs/messaging startRpcServer); without, the shared subject, which
// any instance of the service may answer.
const service = process.env.SERVICE;
const timeoutMs = Number(process.env.HEALTHCHECK_TIMEOUT_MS || 3000);
const stallMs = Number(process.env.RELAY_STALL_MS || 30000);

async function check() {
  if (!service || service === 'gateway')
    throw new Error('SERVICE must name an RPC service (the gateway has GET /ready)');
  const { connect } = require('@nats-io/transport-node');
  const servers = (process.env.NATS_URL || 'nats://127.0.0.1:4222').split(',').map((s) => s.trim());
  const nc = await connect({ servers, timeout: timeoutMs, name: `${service}-readiness-probe` });
  try {
    const instance = process.env.HOSTNAME ? `.${process.env.HOSTNAME.replace(/[^A-Za-z0-9_-]/g, '_')}` : '';
    const pattern = `${process.env.SUBJECT_PREFIX || ''}${service}.pipeline.status${instance}`;
    // The packet shape of @nestjs/microservices' NATS transport; no caller: the system, as the gateway's /ready.
    const packet = {
      pattern,
      data: { requestId: `readiness-${process.pid}`, caller: null, body: {} },
      id: `readiness-${process.pid}`,
    };
    const reply = await nc.request(pattern, JSON.stringify(packet), { timeout: timeoutMs });
    const answer = JSON.parse(reply.string());
    if (answer.err) throw new Error(`pipeline status answered an error: ${JSON.stringify(answer.err)}`);
    const failingForMs = answer.response?.relay?.failingForMs;
    if (typeof failingForMs === 'number' && failingForMs > stallMs) {
      throw new Error(
        `relay stalled for ${failingForMs} ms: ${answer.response.relay.lastError ?? 'unknown error'}`,
      );
    }
  } finally {
    await nc.close();
  }
}

check().then(
  () => process.exit(0),
  (error) => {
    console.error(`${service} not ready: ${error.message}`);
    process.exit(1);
  },
);
