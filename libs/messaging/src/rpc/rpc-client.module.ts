import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectNats } from '../nats/nats-connection';
import { RpcClient, type RpcClientOptions } from './rpc-client';

export interface RpcClientModuleOptions extends RpcClientOptions {
  natsUrl: string;
  name?: string;
}

const RPC_NATS = Symbol('RPC_NATS');

class RpcConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(RPC_NATS) private readonly nc: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }
}

/** Provides `RpcClient` (for the gateway and for any service that calls another). */
@Module({})
export class RpcClientModule {
  static forRootAsync(options: {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    imports?: any[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    inject?: any[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    useFactory: (...args: any[]) => RpcClientModuleOptions | Promise<RpcClientModuleOptions>;
  }): DynamicModule {
    const OPTIONS = Symbol('RPC_CLIENT_OPTIONS');
    return {
      module: RpcClientModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        {
          provide: RPC_NATS,
          inject: [OPTIONS],
          useFactory: (o: RpcClientModuleOptions) => connectNats(o.natsUrl, o.name ?? 'rpc-client'),
        },
        {
          provide: RpcClient,
          inject: [RPC_NATS, OPTIONS],
          useFactory: (nc: NatsConnection, o: RpcClientModuleOptions) => new RpcClient(nc, o),
        },
        RpcConnectionCloser,
      ],
      exports: [RpcClient, RPC_NATS],
    };
  }
}

export { RPC_NATS };
