import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../..');

/**
 * A service (or any TypeScript entry) run from source in its own process, as tests need it to be
 * killed, restarted or stopped with a signal.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly entry: string,
    private readonly env: Record<string, string>,
  ) {}

  start(): this {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', resolve(WORKSPACE_ROOT, this.entry)], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: resolve(WORKSPACE_ROOT, 'tsconfig.json'), ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    return this;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the process printed lately (for failure messages). */
  get recentOutput(): string {
    return this.output;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const child = this.child;
    if (!child || !this.running) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill(signal);
    return exited;
  }

  /** SIGTERM, then SIGKILL if it has not drained within the grace period. */
  async stop(graceMs = 10_000): Promise<number | null> {
    const child = this.child;
    if (!child || !this.running) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}
