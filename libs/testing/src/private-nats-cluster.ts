import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { freePort, PrivateNatsServer } from './private-nats-server';
import { waitFor } from './wait-for';

/** One member of a PrivateNatsCluster: its server name is what JetStream reports as a stream's leader. */
export interface ClusterNode {
  name: string;
  server: PrivateNatsServer;
}

/**
 * A JetStream cluster of private nats-server processes on loopback (three by default): each node has
 * its own client port, cluster port and store, and routes to the others. Streams created on it with
 * `num_replicas: 3` survive the loss of any one node. Stop a node (SIGKILL for a crash) and start it
 * again by name; `url` lists every node, as NATS_URL does in production.
 */
export class PrivateNatsCluster {
  private constructor(
    readonly name: string,
    readonly nodes: ClusterNode[],
  ) {}

  static async start(size = 3): Promise<PrivateNatsCluster> {
    const name = `test-cluster-${randomBytes(3).toString('hex')}`;
    const ports = [];
    for (let i = 0; i < size; i++) ports.push({ client: await freePort(), cluster: await freePort() });
    const routes = ports.map((p) => `nats://127.0.0.1:${p.cluster}`).join(',');
    const nodes = ports.map((p, i) => ({
      name: `${name}-n${i + 1}`,
      server: PrivateNatsServer.create(p.client, [
        '-n',
        `${name}-n${i + 1}`,
        '--cluster_name',
        name,
        '--cluster',
        `nats://127.0.0.1:${p.cluster}`,
        '--routes',
        routes,
      ]),
    }));
    const cluster = new PrivateNatsCluster(name, nodes);
    try {
      await Promise.all(nodes.map((n) => n.server.start()));
      await cluster.waitForJetStream();
    } catch (error) {
      await cluster.dispose();
      throw error;
    }
    return cluster;
  }

  /** Every node's client URL, comma-separated (NATS_URL). */
  get url(): string {
    return this.nodes.map((n) => n.server.url).join(',');
  }

  node(name: string): ClusterNode {
    const node = this.nodes.find((n) => n.name === name);
    if (!node) throw new Error(`no node ${name} in ${this.name}`);
    return node;
  }

  /** The node that leads `stream` now (JetStream's own answer, asked of any running node). */
  async leaderOf(stream: string): Promise<ClusterNode> {
    return this.node(
      await this.withJetStream(async (jsm) => {
        const info = await jsm.streams.info(stream);
        if (!info.cluster?.leader) throw new Error(`${stream} has no leader right now`);
        return info.cluster.leader;
      }),
    );
  }

  async stopNode(name: string, signal: 'SIGTERM' | 'SIGKILL' = 'SIGKILL'): Promise<void> {
    await this.node(name).server.stop(signal);
  }

  async startNode(name: string): Promise<void> {
    await this.node(name).server.start();
  }

  /** Until the cluster has elected its JetStream meta leader and answers JetStream requests. */
  async waitForJetStream(timeoutMs = 30_000): Promise<void> {
    await waitFor(
      () =>
        this.withJetStream(async (jsm) => {
          await jsm.getAccountInfo();
          return true;
        }).catch(() => false),
      { timeoutMs, intervalMs: 250, what: `JetStream on ${this.name}` },
    );
  }

  async dispose(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.server.dispose()));
  }

  private async withJetStream<T>(
    work: (jsm: Awaited<ReturnType<typeof jetstreamManager>>) => Promise<T>,
  ): Promise<T> {
    const running = this.nodes.filter((n) => n.server.running).map((n) => n.server.url);
    const nc = await connect({ servers: running, timeout: 2000, maxReconnectAttempts: 0 });
    try {
      return await work(await jetstreamManager(nc, { timeout: 2000 }));
    } finally {
      await nc.close();
    }
  }
}
