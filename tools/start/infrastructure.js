// Does a PostgreSQL or a NATS server answer at a URL? Plus the small port helpers the embedded servers need.
const net = require('node:net');
const { Client } = require('pg');

/** Connects and runs `SELECT 1`. A missing database still counts as an answer: the services create it. */
async function probePostgres(url, timeoutMs = 3000) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    if (error && error.code === '3D000') return { ok: true }; // database does not exist yet
    return { ok: false, reason: describe(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Reads the server's INFO line: proves it is NATS and tells whether JetStream is on. */
function probeNats(url, timeoutMs = 3000) {
  let host;
  let port;
  try {
    const first = url.split(',')[0].trim();
    const parsed = new URL(first.includes('://') ? first : `nats://${first}`);
    host = parsed.hostname || '127.0.0.1';
    port = Number(parsed.port || 4222);
  } catch {
    return Promise.resolve({ ok: false, reason: `not a NATS URL: ${url}` });
  }
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let buffer = '';
    const done = (result) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => done({ ok: false, reason: `no answer from ${host}:${port} within ${timeoutMs} ms` }),
      timeoutMs,
    );
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      buffer += chunk;
      const end = buffer.indexOf('\r\n');
      if (end < 0) return;
      const line = buffer.slice(0, end);
      if (!line.startsWith('INFO '))
        return done({ ok: false, reason: `${host}:${port} is not a NATS server` });
      let info = {};
      try {
        info = JSON.parse(line.slice(5));
      } catch {
        /* keep the defaults */
      }
      done({ ok: true, jetstream: info.jetstream === true, version: info.version });
    });
    socket.on('error', (error) => done({ ok: false, reason: describe(error) }));
  });
}

function describe(error) {
  if (!error) return 'unknown error';
  if (error.code === 'ECONNREFUSED') return 'connection refused';
  return error.message || String(error);
}

/** True when nothing listens on 127.0.0.1:port (we could bind it). */
function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the kernel considers free right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function preferredOrFreePort(preferred) {
  return (await isPortFree(preferred)) ? preferred : freePort();
}

function isTcpOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(open) {
      clearTimeout(timer);
      socket.destroy();
      resolve(open);
    }
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value or the deadline passes. */
async function waitFor(check, { timeoutMs, intervalMs = 250, what }) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

module.exports = {
  probePostgres,
  probeNats,
  isPortFree,
  freePort,
  preferredOrFreePort,
  isTcpOpen,
  sleep,
  waitFor,
};
