// HTTP load for the gateway bench: `wrk` when it is installed (it uses less CPU per request, which
// matters on a small machine where the load generator competes with the processes it measures),
// otherwise a load generator in Node (keep-alive connections, one request in flight per client).
import { spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { percentile } from './stats';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  clients: number;
  seconds: number;
  /** Called with the pid doing the load once it runs (wrk's, or this process). */
  onStart?: (pid: number) => void;
}

export interface LoadResult {
  tool: 'wrk' | 'node';
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 200 (and socket errors): a run with any is not a valid measurement. */
  failures: number;
}

export function wrkAvailable(): boolean {
  if (process.env.BENCH_LOAD === 'node') return false;
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return wrkAvailable() ? runWrk(options) : runNodeLoad(options);
}

/** wrk prints latencies as `1.23ms`, `850.00us`, `1.02s`. */
function millis(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) return NaN;
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(match[1]) * scale;
}

async function runWrk(options: LoadOptions): Promise<LoadResult> {
  const args = ['-t1', `-c${options.clients}`, `-d${options.seconds}s`, '--latency', '--timeout', '5s'];
  for (const [name, value] of Object.entries(options.headers)) args.push('-H', `${name}: ${value}`);
  args.push(options.url);
  const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) options.onStart?.(child.pid);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`wrk exited with ${code}:\n${out}`);
  const requests = Number(/(\d+) requests in ([\d.]+)(\w+)/.exec(out)?.[1]);
  const duration = /\d+ requests in ([\d.]+)(\w+)/.exec(out);
  const seconds = duration ? millis(`${duration[1]}${duration[2]}`) / 1000 : options.seconds;
  const failures =
    Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) +
    [...out.matchAll(/(?:connect|read|write|timeout) (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  return {
    tool: 'wrk',
    requests,
    seconds,
    perSecond: requests / seconds,
    p50Ms: millis(/\s50%\s+(\S+)/.exec(out)?.[1] ?? ''),
    p99Ms: millis(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ''),
    failures,
  };
}

async function runNodeLoad(options: LoadOptions): Promise<LoadResult> {
  options.onStart?.(process.pid);
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  let failures = 0;
  const once = () =>
    new Promise<void>((done) => {
      const started = performance.now();
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          agent,
          headers: options.headers,
        },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            if (res.statusCode === 200) latencies.push(performance.now() - started);
            else failures++;
            done();
          });
        },
      );
      req.on('error', () => {
        failures++;
        done();
      });
      req.end();
    });
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (performance.now() < until) await once();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    tool: 'node',
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    failures,
  };
}
