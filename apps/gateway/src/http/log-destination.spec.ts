import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** A process that logs through asyncStdout as the gateway does; resolves with what it printed. */
function logInChild(script: string, untilText?: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      '-e',
      `const pino = require('pino');
       const { asyncStdout } = require(${JSON.stringify(resolve(__dirname, 'log-destination.ts'))});
       const log = pino(asyncStdout());
       ${script}`,
    ],
    { cwd: ROOT, env: { ...process.env, SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.json') } },
  );
  let out = '';
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (untilText && out.includes(untilText)) {
        child.kill('SIGKILL');
        done(out);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', fail);
    child.once('exit', () => done(out));
  });
}

describe('asyncStdout', () => {
  it('loses no line when the process exits right after logging', async () => {
    const out = await logInChild(`for (let i = 0; i < 2000; i++) log.info({ i }, 'line'); process.exit(0);`);
    const lines = out.split('\n').filter((l) => l.includes('"msg":"line"'));
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[1999]).i).toBe(1999);
  }, 30_000);

  it('writes a lone line within a second, without waiting for a full batch or the exit', async () => {
    // The child stays alive for 10 s: only the periodic flush can bring the line out before that.
    const out = await logInChild(`log.info('lone line'); setTimeout(() => undefined, 10_000);`, 'lone line');
    const receivedAt = Date.now();
    const line = out.split('\n').find((l) => l.includes('lone line'));
    // pino's `time` is when the line was logged.
    expect(receivedAt - (JSON.parse(line ?? '{}') as { time: number }).time).toBeLessThan(1000);
  }, 30_000);
});
