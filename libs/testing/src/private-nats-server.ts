import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect as connectSocket, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait-for';

export function natsServerBinary(): string {
  const candidates = [
    process.env.NATS_SERVER_BIN,
    '/usr/sbin/nats-server',
    '/usr/local/bin/nats-server',
    '/usr/bin/nats-server',
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) throw new Error('nats-server binary not found: install nats-server or set NATS_SERVER_BIN');
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connectSocket(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface PrivateNatsServerOptions {
  /** Client port (default: a free one). */
  port?: number;
  /** More command-line arguments (a cluster node's name, cluster port and routes). */
  args?: string[];
}

/**
 * A nats-server of the test's own (JetStream, free port, temporary store), for tests that stop and
 * start NATS: the machine's shared server is never touched. Stop/start keep port and store.
 */
export class PrivateNatsServer {
  private process?: ChildProcess;
  private readonly storeDir = mkdtempSync(join(tmpdir(), 'nats-test-'));

  private constructor(
    readonly port: number,
    private readonly args: string[],
  ) {}

  static async start(options: PrivateNatsServerOptions = {}): Promise<PrivateNatsServer> {
    const server = PrivateNatsServer.create(options.port ?? (await freePort()), options.args ?? []);
    await server.start();
    return server;
  }

  /** Not started yet: a cluster starts its nodes together (each waits for the others' routes). */
  static create(port: number, args: string[] = []): PrivateNatsServer {
    return new PrivateNatsServer(port, args);
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.process !== undefined;
  }

  async start(): Promise<void> {
    if (this.process) return;
    const child = spawn(
      natsServerBinary(),
      ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir, ...this.args],
      { stdio: 'ignore' },
    );
    this.process = child;
    child.once('exit', () => {
      if (this.process === child) this.process = undefined;
    });
    await waitFor(() => portAnswers(this.port), {
      timeoutMs: 10_000,
      what: `nats-server on port ${this.port}`,
    });
  }

  /** SIGTERM (a clean shutdown), or SIGKILL: the node is lost as in a crash. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.process;
    if (!child) return;
    this.process = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}
