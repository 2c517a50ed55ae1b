import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { healthPingSubject } from '@alliance/contracts';
import { connectNats, RpcClient } from '@alliance/messaging';
import { TestEnvironment, waitFor } from '@alliance/testing';
import type { NatsConnection } from '@nats-io/transport-node';
import { envWithoutNx, run, WorkspaceCopy, type RunResult } from './workspace-copy';

/**
 * The Nx cache is shared by every clone of the repository on a machine (Nx 23 keeps it under ~/.nx), so
 * a build is only as good as its declared outputs: whatever a build writes outside them is missing when
 * another clone, or this one after `rm -rf dist`, takes the build from the cache. This builds a copy of
 * the workspace with a cache of its own, deletes dist/, builds again from the cache, and checks that the
 * restored tree is the same and that a service runs from it.
 */
describe('a build restored from the Nx cache', () => {
  const env = new TestEnvironment('build-cache');
  // Made in beforeAll, not here: a describe body runs even when `-t` filters its tests out, afterAll does not.
  let copy: WorkspaceCopy;
  let nxEnv: Record<string, string>;
  let service: ChildProcess | undefined;
  let nc: NatsConnection | undefined;

  const build = () =>
    run(
      process.execPath,
      [require.resolve('nx/bin/nx.js'), 'run-many', '-t', 'build', '--outputStyle=static'],
      {
        cwd: copy.dir,
        env: nxEnv,
      },
    );

  beforeAll(() => {
    copy = new WorkspaceCopy();
    nxEnv = {
      ...envWithoutNx(),
      // Its own cache (in the copy's .nx, which git and Nx ignore), so the first build cannot be a hit.
      NX_CACHE_DIRECTORY: copy.path('.nx/test-cache'),
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_TUI: 'false',
    };
  });

  afterAll(async () => {
    if (service && service.exitCode === null && service.signalCode === null) service.kill('SIGKILL');
    await nc?.close();
    await env.cleanup();
    copy?.remove();
  });

  it('is the tree the build wrote, and a service starts from it', async () => {
    const first = await build();
    expectSuccess(first);
    expect(first.output).not.toContain('read the output from the cache');
    const built = copy.files('dist');
    expect(built).toContain('apps/membership/src/main.js');

    rmSync(copy.path('dist'), { recursive: true, force: true });
    const second = await build();
    expectSuccess(second);
    // "Nx read the output from the cache instead of running the command for 6 out of 6 tasks."
    const hits =
      /read the output from the cache instead of running the command for (\d+) out of (\d+) tasks/.exec(
        second.output,
      );
    expect(hits).not.toBeNull();
    expect(hits![1]).toBe(hits![2]);

    // What the cache hit left out (or added), by folder: e.g. { missing: { 'libs/messaging/src': 40 } }.
    const restored = copy.files('dist');
    expect({
      missing: countByFolder(built.filter((file) => !restored.includes(file))),
      extra: countByFolder(restored.filter((file) => !built.includes(file))),
    }).toEqual({ missing: {}, extra: {} });

    let output = '';
    const child = spawn(
      process.execPath,
      ['-r', './tools/runtime/register-dist-paths.js', 'dist/apps/membership/src/main.js'],
      {
        cwd: copy.dir,
        env: { ...nxEnv, ...env.serviceEnv('membership') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    service = child;
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

    nc = await connectNats(env.natsUrl, 'build-cache-test');
    const rpc = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 2000 });
    let answered = false;
    const ping = waitFor(
      () =>
        rpc
          .send(healthPingSubject('membership'), { requestId: 'ping', caller: null, body: {} })
          .then(() => true),
      { timeoutMs: 60_000, what: 'membership from dist/ to answer its health ping' },
    ).then(
      () => {
        answered = true;
      },
      (error: Error) => {
        throw new Error(`${error.message}; its output:\n${output}`);
      },
    );
    // A service that cannot load a module dies at once: fail with its output instead of waiting for the timeout.
    const died = exited.then((code) => {
      if (!answered) throw new Error(`membership exited with ${code} before answering:\n${output}`);
    });
    ping.catch(() => undefined);
    died.catch(() => undefined);
    await Promise.race([ping, died]);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

function countByFolder(files: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    const folder = file.split('/').slice(0, 3).join('/');
    counts[folder] = (counts[folder] ?? 0) + 1;
  }
  return counts;
}

/** Exit code 0; otherwise fails showing the end of Nx's output (where tsc's errors and the failed tasks are). */
function expectSuccess(result: RunResult): void {
  expect({ code: result.code, output: result.code === 0 ? '' : result.output.slice(-6000) }).toEqual({
    code: 0,
    output: '',
  });
}
