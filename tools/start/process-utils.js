// Small helpers around child processes that the embedded servers and the supervisor share.
const fs = require('node:fs');
const { sleep } = require('./infrastructure');

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** On Linux, whether the process's command line mentions `name` (guards against a reused pid). */
function commandMentions(pid, name) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name);
  } catch {
    return process.platform !== 'linux'; // cannot tell elsewhere: trust the pid file
  }
}

/** Resolves when the child has exited (immediately if it already has). */
function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Sends `signal`, waits up to `graceMs`, then SIGKILL. Returns true when it stopped within the grace. */
async function stopChild(child, signal, graceMs) {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  try {
    child.kill(signal);
  } catch {
    return true;
  }
  const inTime = await Promise.race([exited(child).then(() => true), sleep(graceMs).then(() => false)]);
  if (!inTime) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
    await exited(child);
  }
  return inTime;
}

/** Stops a leftover server from an earlier launcher that died without cleaning up. */
async function stopLeftover(pid, name, signal, graceMs = 15_000) {
  if (!pid || !isAlive(pid) || !commandMentions(pid, name)) return false;
  process.kill(pid, signal);
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}

function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

module.exports = { isAlive, exited, stopChild, stopLeftover, tail };
