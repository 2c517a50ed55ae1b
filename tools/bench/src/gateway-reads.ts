// `npm run bench -- gateway`: authenticated reads through the HTTP gateway and the membership service,
// as production runs them — each its own process, NODE_ENV=production, logs at info into a file (not
// the terminal), no source-map stack rewriting. 8 keep-alive clients per case on loopback, for a
// bounded time; prints requests/s, p50/p99 and the CPU each process used.
//
// BENCH_SECONDS (default 10) sets the measured time per case, BENCH_CLIENTS (8) the clients,
// BENCH_LOAD=node forces the Node load generator even where wrk is installed, BENCH_FROM_DIST=1 runs
// dist/apps/*/src/main.js (build first) instead of the sources, BENCH_KEEP_LOGS=1 keeps the log files,
// BENCH_CPU_PROF=<dir> writes V8 CPU profiles of both (node --cpu-prof) there, BENCH_SOURCE_MAPS=1 runs
// both with --enable-source-maps (as `npm start` and the Docker image did before).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newCreditCode, TestEnvironment, waitFor, WORKSPACE_ROOT } from '@alliance/testing';
import { processCpuMs } from './cpu';
import { backendPidsOf } from './pg-backends';
import { runLoad, wrkAvailable, type LoadResult } from './gateway-load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const WARM_UP_SECONDS = 3;
/** A page of `members?limit=50` is full: more members than the page holds. */
const MEMBERS = 60;

interface Service {
  name: string;
  child: ChildProcess;
  log: string;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Production-like: the build with plain stack traces, or the sources compiled on load without source maps. */
function command(app: string): string[] {
  const built = join('dist/apps', app, 'src/main.js');
  if (process.env.BENCH_FROM_DIST === '1') {
    if (!existsSync(resolve(WORKSPACE_ROOT, built)))
      throw new Error(`${built} is missing: npm run build first`);
    return ['-r', './tools/runtime/register-dist-paths.js', built];
  }
  return ['-r', '@swc-node/register', join('apps', app, 'src/main.ts')];
}

function startService(name: string, env: Record<string, string>, logDir: string): Service {
  const log = join(logDir, `${name}.log`);
  const fd = openSync(log, 'a');
  const profileDir = process.env.BENCH_CPU_PROF;
  const sourceMaps = process.env.BENCH_SOURCE_MAPS === '1';
  const nodeArgs = sourceMaps ? ['--enable-source-maps'] : [];
  if (profileDir)
    nodeArgs.push(
      '--cpu-prof',
      `--cpu-prof-dir=${resolve(profileDir)}`,
      `--cpu-prof-name=${name}.cpuprofile`,
    );
  const child = spawn(process.execPath, [...nodeArgs, ...command(name)], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: resolve(WORKSPACE_ROOT, 'tsconfig.json'),
      // Without maps, as production runs now; with BENCH_SOURCE_MAPS=1 as it ran before (maps inline, Node
      // rewriting stack traces). Left to itself, swc-node would install source-map-support instead.
      SWC_NODE_SOURCE_MAP_MODE: sourceMaps ? 'inline' : 'none',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  return { name, child, log };
}

async function stopService(service: Service): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function http(baseUrl: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

interface CaseResult {
  name: string;
  load: LoadResult;
  /** CPU ms per wall ms of the run, per process (group). */
  cpuShare: Record<string, number>;
  /** CPU ms per request, per process (group): comparable across runs on a busy machine, unlike requests/s. */
  cpuPerRequest: Record<string, number>;
}

/** CPU ms per pid now; a process that is gone reads 0 and is left out of the delta. */
const cpuNow = (pids: number[]) => new Map(pids.map((pid) => [pid, processCpuMs(pid)]));
function cpuSince(before: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of before) {
    const now = processCpuMs(pid);
    if (now >= ms) sum += now - ms;
  }
  return sum;
}

async function measure(
  name: string,
  url: string,
  token: string,
  services: Service[],
  databaseUrl: string,
): Promise<CaseResult> {
  const headers = { authorization: `Bearer ${token}` };
  await runLoad({ url, headers, clients: CLIENTS, seconds: WARM_UP_SECONDS });
  const servicePids = services.map((s) => s.child.pid ?? 0);
  const groups: Record<string, number[]> = Object.fromEntries(
    services.map((s) => [s.name, [s.child.pid ?? 0]]),
  );
  groups['PostgreSQL backends'] = await backendPidsOf(databaseUrl, servicePids);
  let before: Record<string, Map<number, number>> = {};
  let started = 0;
  const load = await runLoad({
    url,
    headers,
    clients: CLIENTS,
    seconds: SECONDS,
    onStart: (pid) => {
      // wrk's CPU cannot be read once it has exited (its figures are read then): only the Node generator's.
      if (pid === process.pid) groups['load generator (this process)'] = [pid];
      before = Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, cpuNow(pids)]));
      started = performance.now();
    },
  });
  const wallMs = performance.now() - started;
  const used = Object.fromEntries(Object.keys(groups).map((k) => [k, cpuSince(before[k] ?? new Map())]));
  if (load.failures > 0) throw new Error(`${name}: ${load.failures} requests did not answer 200`);
  const map = (f: (ms: number) => number) =>
    Object.fromEntries(Object.entries(used).map(([k, ms]) => [k, f(ms)]));
  return { name, load, cpuShare: map((ms) => ms / wallMs), cpuPerRequest: map((ms) => ms / load.requests) };
}

export async function runGatewayReads(): Promise<void> {
  const env = new TestEnvironment('bench-gw');
  const logDir = mkdtempSync(join(tmpdir(), 'bench-gateway-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const adminPassword = randomBytes(12).toString('base64url');
  const services: Service[] = [];
  try {
    services.push(startService('membership', env.serviceEnv('membership', { LOG_LEVEL: 'info' }), logDir));
    services.push(
      startService(
        'gateway',
        {
          DATABASE_URL: env.databaseUrl,
          GATEWAY_DB_SCHEMA: env.schema('gateway'),
          NATS_URL: env.natsUrl,
          SUBJECT_PREFIX: env.subjectPrefix,
          PORT: String(port),
          HOST: '127.0.0.1',
          JWT_SECRET: randomBytes(32).toString('base64url'),
          ADMIN_USERNAME: 'bench-admin',
          ADMIN_PASSWORD: adminPassword,
          GATEWAY_SERVICES: 'membership',
        },
        logDir,
      ),
    );
    await waitFor(
      async () => {
        for (const s of services)
          if (s.child.exitCode !== null)
            throw new Error(`${s.name} exited: see ${s.log} (BENCH_KEEP_LOGS=1 keeps it)`);
        return (await http(baseUrl, 'GET', '/ready').catch(() => ({ status: 0 }))).status === 200;
      },
      { timeoutMs: 120_000, intervalMs: 250, what: 'the gateway to be ready with membership' },
    );
    const login = await http(baseUrl, 'POST', '/api/v1/auth/login', undefined, {
      username: 'bench-admin',
      password: adminPassword,
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
    const token = String(login.body.accessToken);
    for (let i = 0; i < MEMBERS; i++) {
      const applied = await http(baseUrl, 'POST', '/api/v1/members', token, {
        name: `基准托育中心${String(i).padStart(3, '0')}`,
        creditCode: newCreditCode(),
        kind: 'childcare_centre',
        ownership: 'private',
        districtCode: 'gaoxin',
        address: '成都市高新区天府大道',
        contacts: [{ name: '王园长', role: '园长', phone: '13812345678' }],
        licensedPlaces: 100,
        affordablePlaces: 60,
      });
      if (applied.status !== 201) throw new Error(`apply: ${applied.status} ${JSON.stringify(applied.body)}`);
    }

    console.log(
      `gateway reads: ${CLIENTS} keep-alive clients, ${SECONDS} s per case after ${WARM_UP_SECONDS} s warm-up, ` +
        `load by ${wrkAvailable() ? 'wrk (1 thread)' : 'the Node load generator (in this process)'}; ` +
        `logs in ${logDir}`,
    );
    const results: CaseResult[] = [];
    for (const [name, path] of [
      ['districts', '/api/v1/districts'],
      ['members?limit=50', '/api/v1/members?limit=50'],
    ] as const) {
      const result = await measure(name, `${baseUrl}${path}`, token, services, env.databaseUrl);
      results.push(result);
      const { load, cpuShare, cpuPerRequest } = result;
      console.log(`gateway reads/s (${name}, ${CLIENTS} clients): ${Math.round(load.perSecond)}`);
      console.log(`  p50 ${load.p50Ms.toFixed(1)} ms, p99 ${load.p99Ms.toFixed(1)} ms`);
      console.log(
        `  CPU share of one core: ` +
          Object.entries(cpuShare)
            .map(([k, share]) => `${k} ${Math.round(share * 100)} %`)
            .join(', '),
      );
      console.log(
        `  CPU ms per request: ` +
          Object.entries(cpuPerRequest)
            .map(([k, ms]) => `${k} ${ms.toFixed(2)}`)
            .join(', '),
      );
    }
    console.table(
      results.map(({ name, load }) => ({
        case: name,
        'requests/s': Math.round(load.perSecond),
        'p50 ms': +load.p50Ms.toFixed(1),
        'p99 ms': +load.p99Ms.toFixed(1),
      })),
    );
  } finally {
    for (const s of [...services].reverse()) await stopService(s);
    await env.cleanup();
    if (process.env.BENCH_KEEP_LOGS !== '1') rmSync(logDir, { recursive: true, force: true });
  }
}
