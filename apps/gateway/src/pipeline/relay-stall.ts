import type { ConfigService } from '@nestjs/config';
import type { RelayStatusView } from '@alliance/contracts/pipeline';
import { DEFAULT_RELAY_STALL_MS } from '../config/gateway-config';
import { gatewayConfig } from '../config/gateway-config.module';

/** RELAY_STALL_MS: how long a relay may fail to publish before it counts as stalled. */
export function relayStallMs(config: ConfigService): number {
  return gatewayConfig(config).relayStallMs ?? DEFAULT_RELAY_STALL_MS;
}

/**
 * Stalled: publishing has been failing for longer than the threshold. The duration is measured on
 * the service's clock, so clock skew between hosts cannot make a healthy relay look stalled.
 */
export function isStalled(relay: RelayStatusView | null | undefined, thresholdMs: number): boolean {
  return relay?.failingForMs != null && relay.failingForMs > thresholdMs;
}
