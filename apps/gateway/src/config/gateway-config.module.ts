import { ConfigModule, ConfigService } from '@nestjs/config';
import type { GatewayConfig } from './gateway-config';

/** Config is resolved by the caller of `startGateway` (tests pass their own); Nest only carries it. */
export function gatewayConfigModule(config: GatewayConfig) {
  return ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ gateway: config })] });
}

export function gatewayConfig(config: ConfigService): GatewayConfig {
  const value = config.get<GatewayConfig>('gateway');
  if (!value) throw new Error('gateway configuration is not loaded');
  return value;
}
