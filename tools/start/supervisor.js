// Runs the services as child processes, each in its own process group (so a terminal Ctrl-C reaches the
// launcher alone and it decides the order), prefixes their output, notices a service that dies, and stops
// them with SIGTERM (the services drain: docs/messaging.md) then SIGKILL after a grace period.
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { exited, stopLeftover } = require('./process-utils');
const { sleep } = require('./infrastructure');

const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };

/** pino's JSON lines, shortened for a terminal; anything else as it came. */
function formatLine(line, raw) {
  if (raw || !line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line);
    if (typeof entry !== 'object' || entry === null || !('msg' in entry || 'level' in entry)) return line;
    const level =
      LEVELS[entry.level] ??
      String(entry.level ?? '')
        .toUpperCase()
        .padEnd(5);
    const context = entry.context ? `(${entry.context}) ` : '';
    const request = entry.req && entry.req.method ? `${entry.req.method} ${entry.req.url} ` : '';
    const status = entry.res && entry.res.statusCode ? `→ ${entry.res.statusCode} ` : '';
    const error = entry.err ? `\n${entry.err.stack || entry.err.message || JSON.stringify(entry.err)}` : '';
    return `${level} ${context}${request}${status}${entry.msg ?? ''}${error}`.trimEnd();
  } catch {
    return line;
  }
}

class Supervisor {
  constructor({ root, log, rawLogs = false, pidFile }) {
    this.root = root;
    // The services' pids, so that a launcher killed outright (SIGKILL) has its services stopped next time.
    this.pidFile = pidFile;
    this.log = log;
    this.rawLogs = rawLogs;
    this.children = [];
    this.stopping = false;
    this.onUnexpectedExit = () => undefined;
  }

  start(name, executable, args, env) {
    const child = spawn(executable, args, {
      cwd: this.root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const label = this.log.prefix(name);
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        process.stdout.write(`${label} ${formatLine(line, this.rawLogs)}\n`);
      });
    }
    child.once('error', (error) => this.log.error(`${name}: ${error.message}`));
    child.once('exit', (code, signal) => {
      if (!this.stopping) this.onUnexpectedExit(name, code, signal);
    });
    this.children.push({ name, child });
    this.recordPids();
    return child;
  }

  recordPids() {
    if (!this.pidFile) return;
    fs.mkdirSync(path.dirname(this.pidFile), { recursive: true });
    const pids = this.children.map(({ name, child }) => ({ name, pid: child.pid }));
    fs.writeFileSync(this.pidFile, `${JSON.stringify(pids)}\n`);
  }

  /** Stops services that an earlier launcher started and did not live to stop. */
  async stopLeftovers() {
    if (!this.pidFile || !fs.existsSync(this.pidFile)) return;
    let entries = [];
    try {
      entries = JSON.parse(fs.readFileSync(this.pidFile, 'utf8'));
    } catch {
      /* unreadable: nothing to do */
    }
    for (const { name, pid } of entries) {
      if (await stopLeftover(pid, `apps/${name}/src/main`, 'SIGTERM', 20_000)) {
        this.log.warn(`stopped ${name} (pid ${pid}), left running by an earlier npm start`);
      }
    }
    fs.rmSync(this.pidFile, { force: true });
  }

  running() {
    return this.children.filter(({ child }) => child.exitCode === null && child.signalCode === null);
  }

  /** Stops in reverse start order (the gateway first), each with SIGTERM then SIGKILL after `graceMs`. */
  async stopAll(graceMs = 20_000) {
    this.stopping = true;
    for (const { name, child } of [...this.children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      this.log.info(`stopping ${name} (SIGTERM)`);
      signalGroup(child, 'SIGTERM');
      const inTime = await Promise.race([exited(child).then(() => true), sleep(graceMs).then(() => false)]);
      if (!inTime) {
        this.log.warn(`${name} did not stop within ${graceMs / 1000} s: SIGKILL`);
        signalGroup(child, 'SIGKILL');
        await exited(child);
      }
      signalGroup(child, 'SIGKILL'); // anything the service left behind in its group
    }
    if (this.pidFile) fs.rmSync(this.pidFile, { force: true });
  }

  /** Last resort from a synchronous `exit` handler: nothing may outlive the launcher. */
  killAllNow() {
    for (const { child } of this.children) signalGroup(child, 'SIGKILL');
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

module.exports = { Supervisor, formatLine };
