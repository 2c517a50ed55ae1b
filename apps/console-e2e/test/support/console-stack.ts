import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { ServiceProcess, TestEnvironment, waitFor, WORKSPACE_ROOT } from '@alliance/testing';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT_DIR = resolve(WORKSPACE_ROOT, 'tmp/console-e2e');
export const CONSOLE_DIST = resolve(WORKSPACE_ROOT, 'dist/apps/console');
export const ADMIN_USERNAME = 'console-admin';

/** Debian's Chromium as CI runs it: no sandbox (root), nothing phoning home. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (.ci/run does)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * The environment without the NX_* variables the outer `nx run-many -t test` set for this task
 * (NX_TASK_HASH, …), which a nested Nx would take as its own; and without Jest's NODE_ENV=test.
 */
function envWithoutNx(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('NX_') && key !== 'NODE_ENV') env[key] = value;
  }
  return env;
}

/** The console's production build (Nx: from its cache when nothing changed); returns what the build printed. */
export function buildConsole(): string {
  const run = spawnSync(
    process.execPath,
    [require.resolve('nx/bin/nx.js'), 'run', 'console:build', '--outputStyle=stream'],
    {
      cwd: WORKSPACE_ROOT,
      encoding: 'utf8',
      env: { ...envWithoutNx(), NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`the console build failed:\n${output.slice(-4000)}`);
  return output;
}

export function bundleSize(): { initialJsGzipBytes: number; budgetBytes: number } {
  return JSON.parse(readFileSync(resolve(CONSOLE_DIST, 'bundle-size.json'), 'utf8'));
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The gateway and the domain services as processes (from source, as in production), on this run's schemas
 * and streams: membership alone by default; the roles' scenarios add training, resources and compliance.
 */
export class ConsoleStack {
  readonly env: TestEnvironment;
  readonly adminPassword = `admin-${randomBytes(8).toString('hex')}`;
  private readonly services: ServiceProcess[] = [];
  private gateway?: ServiceProcess;
  baseUrl = '';

  constructor(private readonly serviceNames: readonly string[] = ['membership']) {
    this.env = new TestEnvironment(serviceNames.length > 1 ? 'console-roles' : 'console-e2e');
  }

  async start(): Promise<void> {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const name of this.serviceNames) {
      // Coordination keeps notices' files in a directory of this run's own.
      const extra: Record<string, string> =
        name === 'coordination'
          ? { COORDINATION_ATTACHMENT_DIR: resolve(OUTPUT_DIR, `attachments-${this.env.token}`) }
          : {};
      this.services.push(
        new ServiceProcess(`apps/${name}/src/main.ts`, this.env.serviceEnv(name, extra)).start(),
      );
    }
    const port = await freePort();
    this.gateway = new ServiceProcess(
      'apps/gateway/src/main.ts',
      this.env.serviceEnv('gateway', {
        PORT: String(port),
        HOST: '127.0.0.1',
        JWT_SECRET: randomBytes(32).toString('base64url'),
        ADMIN_USERNAME,
        ADMIN_PASSWORD: this.adminPassword,
        GATEWAY_SERVICES: this.serviceNames.join(','),
        CONSOLE_DIR: CONSOLE_DIST,
        // Several browser contexts log in within a minute.
        LOGIN_RATE_LIMIT: '100',
      }),
    ).start();
    this.baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(
      async () => {
        for (const p of [...this.services, this.gateway]) {
          if (p && !p.running) throw new Error(`${p.entry} exited:\n${p.recentOutput}`);
        }
        const ready = await fetch(`${this.baseUrl}/ready`).catch(() => null);
        return ready?.status === 200;
      },
      {
        timeoutMs: 120_000,
        intervalMs: 250,
        what: `the gateway to be ready with ${this.serviceNames.join(', ')}`,
      },
    );
  }

  async stop(): Promise<void> {
    await this.gateway?.stop();
    await Promise.all(this.services.map((p) => p.stop()));
    await this.env.cleanup();
  }
}
