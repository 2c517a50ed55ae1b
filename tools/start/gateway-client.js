// A small HTTP client for the gateway: readiness, login, and JSON calls with problem+json errors surfaced.
const { sleep } = require('./infrastructure');

class HttpError extends Error {
  constructor(method, path, status, body) {
    const detail =
      body && typeof body === 'object'
        ? body.detail || body.title || JSON.stringify(body)
        : String(body ?? '');
    super(`${method} ${path} → ${status}${detail ? `: ${detail}` : ''}`);
    this.status = status;
    this.body = body;
  }
}

async function request(baseUrl, method, path, { token, body, timeoutMs = 15_000 } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  if (!response.ok) throw new HttpError(method, path, response.status, parsed);
  return parsed;
}

/** Polls GET /ready until it answers 200; reports what it waits for every 15 s. */
async function waitForGateway(baseUrl, { timeoutMs, stopped, log }) {
  const started = Date.now();
  let lastReport = started;
  let last = 'no answer yet';
  while (!stopped()) {
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(3000) });
      if (response.ok) return;
      last = `${response.status} ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error.cause?.code || error.message;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the gateway was not ready after ${Math.round(timeoutMs / 1000)} s (last: ${last})`);
    }
    if (log && Date.now() - lastReport > 15_000) {
      lastReport = Date.now();
      log.info(`waiting for ${baseUrl}/ready (${last})`);
    }
    await sleep(500);
  }
}

async function login(baseUrl, username, password) {
  const answer = await request(baseUrl, 'POST', '/api/v1/auth/login', { body: { username, password } });
  const token = answer && (answer.accessToken || answer.access_token || answer.token);
  if (!token) throw new Error(`login answered without a token: ${JSON.stringify(answer).slice(0, 200)}`);
  return token;
}

module.exports = { request, waitForGateway, login, HttpError };
