// Rebuilds the dashboard of a running deployment from the event streams, as the platform itself (no caller):
//   node -r @swc-node/register apps/dashboard/src/rebuild-cli.ts      (NATS_URL, SUBJECT_PREFIX as the services)
// The dashboard service does the work (RPC dashboard.projection.rebuild); this waits up to
// DASHBOARD_REBUILD_TIMEOUT_MS (10 minutes) for its answer and prints it.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DashboardRpc, type DashboardRebuildView } from '@alliance/contracts/dashboard';
import { connectNats, natsUrlFromEnv, RpcClient } from '@alliance/messaging';

async function main(): Promise<void> {
  const nc = await connectNats(natsUrlFromEnv(), 'dashboard-rebuild-cli');
  try {
    const rpc = new RpcClient(nc, {
      subjectPrefix: process.env.SUBJECT_PREFIX ?? '',
      timeoutMs: Number(process.env.DASHBOARD_REBUILD_TIMEOUT_MS ?? 10 * 60_000),
    });
    const answer = await rpc.send<DashboardRebuildView>(DashboardRpc.rebuild, {
      requestId: randomUUID(),
      caller: null,
      body: {},
    });
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  } finally {
    await nc.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`dashboard rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
