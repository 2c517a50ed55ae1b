import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { TestEnvironment } from '@alliance/testing';
import { startGateway } from '../bootstrap';

/** A gateway of this run (its own schema and prefixes; no service behind it) serving `dir` as the console. */
async function gatewayServing(
  env: TestEnvironment,
  dir: string,
): Promise<{ app: INestApplication; url: string }> {
  process.env.CONSOLE_DIR = dir;
  try {
    const app = await startGateway({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: env.databaseUrl,
      dbSchema: env.schema('gateway'),
      natsUrl: env.natsUrl,
      subjectPrefix: env.subjectPrefix,
      rpcTimeoutMs: 2000,
      jwtSecret: randomBytes(32).toString('base64url'),
      jwtTtlSeconds: 3600,
      adminUsername: 'admin',
      adminPassword: randomBytes(12).toString('hex'),
      logLevel: 'error',
      loginRateLimit: { limit: 100, ttlMs: 60_000 },
      services: [],
    });
    return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
  } finally {
    delete process.env.CONSOLE_DIR;
  }
}

describe('the web console at / (apps/console build served by the gateway)', () => {
  const env = new TestEnvironment('gw-console');
  const dir = mkdtempSync(join(tmpdir(), 'console-build-'));
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/assets/index-Abc123.js"></script>',
    );
    writeFileSync(join(dir, 'assets/index-Abc123.js'), 'console.log("console")');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    ({ app, url } = await gatewayServing(env, dir));
  });
  afterAll(async () => {
    await app?.close();
    await env.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and, for the browser routes, at any page path — never cached', async () => {
    for (const path of [
      '/',
      '/members',
      '/members/2f1c0f9e-0000-4000-8000-000000000000',
      '/login?next=%2F',
    ]) {
      const response = await fetch(url + path);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({
        path,
        status: 200,
        type: 'text/html; charset=utf-8',
      });
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
      // helmet's policy holds for the page: scripts from the gateway only, no framing.
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('serves hashed assets as immutable for a year, other files revalidated, missing ones as 404 problems', async () => {
    const asset = await fetch(`${url}/assets/index-Abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    // A missing file is a 404 (the gateway's own), never the page in its place.
    for (const path of ['/assets/index-Gone99.js', '/robots.txt']) {
      const missing = await fetch(url + path);
      expect({ path, status: missing.status }).toEqual({ path, status: 404 });
      expect(await missing.text()).not.toContain('<div id="root">');
    }
    // Nothing outside the build, however the path is spelled.
    for (const path of [
      '/..%2F..%2Fpackage.json',
      '/assets/..%2F..%2F..%2Fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
    ]) {
      const outside = await fetch(url + path);
      expect(await outside.text()).not.toContain('"name"');
    }
  });

  it('leaves /api, /health and /ready to the gateway', async () => {
    const unknown = await fetch(`${url}/api/v1/no-such-route`, { headers: { accept: 'text/html' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const document = await fetch(`${url}/api/openapi.json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toContain('json');
    expect((await fetch(`${url}/ready`)).headers.get('content-type')).toContain('json');
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'wrong-password' }),
    });
    expect(login.status).toBe(401);
    // Only GET and HEAD get the page.
    expect((await fetch(`${url}/members`, { method: 'POST' })).status).toBe(404);
  });

  it('serves nothing at / without a build', async () => {
    const other = new TestEnvironment('gw-console-none');
    const none = await gatewayServing(other, join(dir, 'no-build-here'));
    try {
      const response = await fetch(`${none.url}/`);
      expect(response.status).toBe(404);
      expect((await fetch(`${none.url}/health`)).status).toBe(200);
    } finally {
      await none.app.close();
      await other.cleanup();
    }
  });
});
