#!/usr/bin/env node
// Container healthcheck (docker/compose.yaml): exit 0 when the service in $SERVICE answers.
// gateway: GET /ready (NATS, PostgreSQL and every service reachable). Any other service: the NATS
// request-reply ping `<prefix><service>.health.ping` that the gateway's /ready also uses.
const service = process.env.SERVICE || 'gateway';
const timeoutMs = Number(process.env.HEALTHCHECK_TIMEOUT_MS || 3000);

async function checkGateway() {
  const port = process.env.PORT || 3000;
  const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`/ready answered ${response.status}`);
}

async function checkService() {
  const { connect } = require('@nats-io/transport-node');
  const servers = (process.env.NATS_URL || 'nats://127.0.0.1:4222').split(',').map((s) => s.trim()); // a cluster: several, comma-separated
  const nc = await connect({ servers, timeout: timeoutMs });
  try {
    const pattern = `${process.env.SUBJECT_PREFIX || ''}${service}.health.ping`;
    // The packet shape of @nestjs/microservices' NATS transport.
    const packet = { pattern, data: {}, id: `healthcheck-${process.pid}` };
    const reply = await nc.request(pattern, JSON.stringify(packet), { timeout: timeoutMs });
    const answer = JSON.parse(reply.string());
    if (answer.err) throw new Error(`ping answered an error: ${JSON.stringify(answer.err)}`);
  } finally {
    await nc.close();
  }
}

(service === 'gateway' ? checkGateway() : checkService()).then(
  () => process.exit(0),
  (error) => {
    console.error(`${service} unhealthy: ${error.message}`);
    process.exit(1);
  },
);
