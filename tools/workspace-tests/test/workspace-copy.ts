import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../..');

/**
 * A throw-away copy of the workspace's sources (tracked and new files, as `git status` sees them) with
 * node_modules linked in, so a test can build, delete dist/ and run Nx without touching the
 * developer's own dist/, .nx or cache.
 */
export class WorkspaceCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'alliance-workspace-'));

  constructor() {
    for (const file of sourceFiles()) {
      const from = join(WORKSPACE_ROOT, file);
      // A file deleted in the working tree but not yet in git is still listed by ls-files.
      if (!existsSync(from) || !lstatSync(from).isFile()) continue;
      mkdirSync(dirname(join(this.dir, file)), { recursive: true });
      cpSync(from, join(this.dir, file));
    }
    symlinkSync(join(WORKSPACE_ROOT, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }

  /** Every file under `folder` of the copy, relative to it, sorted. */
  files(folder: string): string[] {
    const base = this.path(folder);
    if (!existsSync(base)) return [];
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else found.push(relative(base, full));
      }
    };
    walk(base);
    return found.sort();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function sourceFiles(): string[] {
  const listing = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: WORKSPACE_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return listing.toString('utf8').split('\0').filter(Boolean);
}

/**
 * The environment of the test process without the NX_* variables that the outer `nx run-many -t test`
 * set for its task (NX_WORKSPACE_ROOT_PATH, NX_TASK_HASH, …): a nested Nx would take them as its own.
 */
export function envWithoutNx(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('NX_')) env[key] = value;
  }
  return env;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to its end, keeping stdout and stderr together (asynchronously: Jest's timers keep running). */
export function run(command: string, args: string[], options: { cwd: string; env: Record<string, string> }) {
  return new Promise<RunResult>((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, output }));
  });
}
