import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Client } from 'pg';

/** Inodes of the sockets a process holds open. */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match) inodes.add(match[1]);
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    // gone
  }
  return inodes;
}

/** Local ports of a process's TCP connections to `remotePort`. */
function localPortsTo(pid: number, remotePort: number): number[] {
  const inodes = socketInodes(pid);
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || !inodes.has(f[9])) continue;
      const local = parseInt(f[1].split(':')[1], 16);
      const remote = parseInt(f[2].split(':')[1], 16);
      if (remote === remotePort) ports.push(local);
    }
  }
  return ports;
}

/**
 * The PostgreSQL backends serving these processes, found by the client ports of their connections
 * (application names are shared with other runs on the same server, ports are not).
 */
export async function backendPidsOf(databaseUrl: string, pids: number[]): Promise<number[]> {
  const url = new URL(databaseUrl);
  const serverPort = Number(url.port || 5432);
  const ports = pids.flatMap((pid) => localPortsTo(pid, serverPort));
  if (ports.length === 0) return [];
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE client_port = ANY($1::int[]) AND pid <> pg_backend_pid()`,
      [ports],
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}
