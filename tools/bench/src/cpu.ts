import { readdirSync, readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';

const TICK_MS = 10; // Linux USER_HZ is 100 on every platform Node supports

/** CPU time (user + system, ms) a process has used so far; 0 when it is gone or not readable. */
export function processCpuMs(pid: number): number {
  try {
    // Fields after the parenthesised command: utime and stime are the 14th and 15th fields overall.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** Processes whose environment holds `KEY=value` (the consumer process of this run). */
export function pidsWithEnv(entry: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'utf8').split('\0').includes(entry)) pids.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** PostgreSQL backends serving connections whose application_name starts with one of `prefixes`. */
export async function backendPids(db: DataSource, prefixes: string[]): Promise<number[]> {
  const rows: { pid: number }[] = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND application_name LIKE ANY($1::text[])`,
    [prefixes.map((p) => `${p}%`)],
  );
  return rows.map((r) => r.pid);
}

export interface CpuGroups {
  [group: string]: number[];
}

/** CPU ms used per group of processes between `start()` and `stop()`. */
export function cpuMeter(groups: () => Promise<CpuGroups>) {
  let before = new Map<number, number>();
  const total = (g: CpuGroups, base: Map<number, number>) =>
    Object.fromEntries(
      Object.entries(g).map(([k, pids]) => [
        k,
        pids.reduce((sum, pid) => sum + processCpuMs(pid) - (base.get(pid) ?? 0), 0),
      ]),
    );
  return {
    async start(): Promise<void> {
      const g = await groups();
      before = new Map(
        Object.values(g)
          .flat()
          .map((pid) => [pid, processCpuMs(pid)]),
      );
    },
    async stop(): Promise<Record<string, number>> {
      return total(await groups(), before);
    },
  };
}
