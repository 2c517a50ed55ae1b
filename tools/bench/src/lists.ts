// `npm run bench -- lists`: the member list, search and figures through the gateway over HTTP at
// 10,000 and at 100,000 organisations. Membership and the gateway run as processes from source (logs
// at warn) in this run's own schemas and subject prefix; the organisations are generated with SQL of
// the shape the service writes (apps/membership/test/support/generated-members.ts: realistic names
// built from brand, district and kind, skewed districts), then VACUUM ANALYZE. Every case is 200
// sequential requests (BENCH_LIST_REQUESTS) of page size 50 after a warm-up (BENCH_LIST_SIZES=10000,100000); the line
// `lists 100k/10k worst p50 ratio` compares the sizes within this one run.
import { createServer } from 'node:net';
import { Client } from 'pg';
import { ServiceProcess, TestEnvironment, waitFor } from '@alliance/testing';
import { insertGeneratedMembers } from '../../../apps/membership/test/support/generated-members';
import { percentile } from './stats';

const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 200);
const WARM_UP = 20;
const SIZES = (process.env.BENCH_LIST_SIZES ?? '10000,100000').split(',').map(Number);
const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };
/** Targets of issue 7. */
const MAX_RATIO = 1.3;
const MAX_P50_MS = 15;

interface Case {
  name: string;
  /** Path and query under /api/v1, or a function computing it at the current size (the cursor case). */
  path: string | (() => Promise<string>);
}

const CASES: Case[] = [
  { name: 'default sort (name)', path: '/members?limit=50' },
  { name: 'status=admitted', path: '/members?status=admitted&limit=50' },
  { name: 'page 50 by cursor', path: '' }, // filled in per size
  { name: 'q=启明托育 (4 chars)', path: `/members?q=${encodeURIComponent('启明托育')}&limit=50` },
  { name: 'district=gaoxin', path: '/members?district=gaoxin&limit=50' },
  { name: 'q=启明 (2 chars)', path: `/members?q=${encodeURIComponent('启明')}&limit=50` },
  { name: 'q=妇 (1 char)', path: `/members?q=${encodeURIComponent('妇')}&limit=50` },
  { name: 'figures/districts', path: '/members/figures/districts' },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

interface Timing {
  p50: number;
  p99: number;
}

export async function runListsBench(): Promise<void> {
  const env = new TestEnvironment('bench-lists');
  const membershipSchema = env.schema('membership');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const membership = new ServiceProcess(
    'apps/membership/src/main.ts',
    env.serviceEnv('membership', { LOG_LEVEL: 'warn' }),
  );
  const gateway = new ServiceProcess('apps/gateway/src/main.ts', {
    DATABASE_URL: env.databaseUrl,
    GATEWAY_DB_SCHEMA: env.schema('gateway'),
    NATS_URL: env.natsUrl,
    SUBJECT_PREFIX: env.subjectPrefix,
    STREAM_PREFIX: env.streamPrefix,
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_SECRET: `bench-${env.token}`,
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    GATEWAY_SERVICES: 'membership',
    LOG_LEVEL: 'warn',
  });
  const db = new Client({ connectionString: env.databaseUrl });
  const results = new Map<string, Map<number, Timing>>();
  try {
    membership.start();
    gateway.start();
    await waitFor(
      async () => {
        if (!membership.running) throw new Error(`membership exited:\n${membership.recentOutput}`);
        if (!gateway.running) throw new Error(`gateway exited:\n${gateway.recentOutput}`);
        return (await fetch(`${base}/ready`).catch(() => null))?.status === 200;
      },
      { timeoutMs: 120_000, intervalMs: 500, what: 'the gateway to be ready with membership' },
    );
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}` };
    const get = async (path: string): Promise<unknown> => {
      const answer = await fetch(`${base}/api/v1${path}`, { headers });
      if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`);
      return answer.json();
    };

    await db.connect();
    await db.query(`SET search_path = "${membershipSchema}", public`);
    let loaded = 0;
    for (const size of SIZES) {
      const started = Date.now();
      await insertGeneratedMembers((sql, params) => db.query(sql, params), {
        count: size - loaded,
        first: loaded + 1,
        seed: 0.42,
      });
      loaded = size;
      // Everything the loaded rows wrote to, the triggers' tables included (autovacuum would, later).
      for (const table of ['member', 'member_figures', 'member_search_posting'])
        await db.query(`VACUUM ANALYZE ${table}`);
      console.log(
        `lists: ${size} organisations loaded and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );

      // The cursor of page 50 of the default list, as a client paging through would hold it.
      let cursor = '';
      for (let page = 1; page < 50; page++) {
        const answer = (await get(`/members?limit=50${cursor ? `&cursor=${cursor}` : ''}`)) as {
          nextCursor: string;
        };
        cursor = answer.nextCursor;
      }
      for (const c of CASES) {
        const path =
          c.name === 'page 50 by cursor' ? `/members?limit=50&cursor=${cursor}` : (c.path as string);
        for (let i = 0; i < WARM_UP; i++) await get(path);
        const ms: number[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          const t0 = performance.now();
          await get(path);
          ms.push(performance.now() - t0);
        }
        const timing = { p50: percentile(ms, 50), p99: percentile(ms, 99) };
        const bySize = results.get(c.name) ?? new Map<number, Timing>();
        bySize.set(size, timing);
        results.set(c.name, bySize);
      }
    }
  } finally {
    await db.end().catch(() => undefined);
    await gateway.stop();
    await membership.stop();
    await env.cleanup();
  }

  const [small, large] = SIZES;
  const rows = [...results].map(([name, bySize]) => {
    const none = { p50: NaN, p99: NaN };
    const a = bySize.get(small) ?? none;
    const b = bySize.get(large) ?? none;
    return {
      case: name,
      'p50 ms 10k': +a.p50.toFixed(2),
      'p99 ms 10k': +a.p99.toFixed(2),
      'p50 ms 100k': +b.p50.toFixed(2),
      'p99 ms 100k': +b.p99.toFixed(2),
      'p50 100k/10k': +(b.p50 / a.p50).toFixed(2),
    };
  });
  console.table(rows);
  const worst = Math.max(...rows.map((r) => r['p50 100k/10k']));
  console.log(`lists 100k/10k worst p50 ratio: ${worst.toFixed(2)}`);
  const slow = rows.filter((r) => r['p50 ms 100k'] > MAX_P50_MS).map((r) => r.case);
  const ok = worst <= MAX_RATIO && slow.length === 0;
  console.log(
    `lists targets (ratio ≤ ${MAX_RATIO}, p50 at 100k ≤ ${MAX_P50_MS} ms): ${ok ? 'met' : `not met${slow.length ? ` — slow: ${slow.join(', ')}` : ''}`}`,
  );
}
