import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { healthPingSubject } from '@alliance/contracts';
import { RPC_NATS, RpcClient } from '@alliance/messaging';
import { PipelineRpc, type RelayProbe } from '@alliance/contracts/pipeline';
import { gatewayConfig } from '../config/gateway-config.module';
import { isStalled, relayStallMs } from '../pipeline/relay-stall';

export interface CheckResult {
  status: 'up' | 'down';
  detail?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

/** A readiness probe must answer quickly even when a dependency hangs. */
const CHECK_TIMEOUT_MS = 2000;

async function check(work: () => Promise<unknown>, timeoutMs = CHECK_TIMEOUT_MS): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([work(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** NATS, the gateway's own database, and each service it forwards to (`<service>.health.ping`). */
@Injectable()
export class ReadinessService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RPC_NATS) private readonly nc: NatsConnection,
    private readonly rpc: RpcClient,
    private readonly config: ConfigService,
  ) {}

  /** `services: false` checks the gateway's own dependencies only (PostgreSQL, NATS). */
  async check(requestId: string, { services: withServices = true } = {}): Promise<Readiness> {
    const { rpcTimeoutMs } = gatewayConfig(this.config);
    const services = withServices ? gatewayConfig(this.config).services : [];
    const timeoutMs = Math.min(CHECK_TIMEOUT_MS, rpcTimeoutMs);
    const entries = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')).then((r) => ['postgres', r] as const),
      check(async () => {
        if (this.nc.isClosed()) throw new Error('connection closed');
        await this.nc.flush();
      }).then((r) => ['nats', r] as const),
      ...services.map(async (service) => {
        const reachable = await check(
          () =>
            this.rpc.send(
              healthPingSubject(service),
              { requestId, caller: null, body: {} },
              { timeoutMs, requestId },
            ),
          timeoutMs + 100,
        );
        const result =
          reachable.status === 'up' ? await this.relayCheck(service, requestId, timeoutMs) : reachable;
        return [service, result] as const;
      }),
    ]);
    const checks = Object.fromEntries(entries) as Record<string, CheckResult>;
    return { ready: Object.values(checks).every((c) => c.status === 'up'), checks };
  }

  /**
   * A service that answers but whose relay has failed to publish for longer than RELAY_STALL_MS is
   * not ready: its changes commit but nobody else learns of them. A service that cannot say (no
   * messaging module, an older version) counts as up: the ping proved it serves requests.
   */
  private async relayCheck(service: string, requestId: string, timeoutMs: number): Promise<CheckResult> {
    let probe: RelayProbe;
    try {
      probe = await this.rpc.send<RelayProbe>(
        PipelineRpc.relay(service),
        { requestId, caller: null, body: {} },
        { timeoutMs, requestId },
      );
    } catch {
      return { status: 'up' };
    }
    const thresholdMs = relayStallMs(this.config);
    const relay = probe?.relay;
    if (!relay || !isStalled(relay, thresholdMs)) return { status: 'up' };
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    return {
      status: 'down',
      detail:
        `relay stalled: unable to publish for ${seconds(relay.failingForMs ?? 0)} ` +
        `(threshold ${seconds(thresholdMs)}): ${relay.lastError ?? 'unknown error'}`,
    };
  }
}
