import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { openServiceDataSource, type ServiceDatabaseOptions } from './service-data-source';

export interface PersistenceModuleAsyncOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  imports?: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  inject?: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  useFactory: (...args: any[]) => ServiceDatabaseOptions | Promise<ServiceDatabaseOptions>;
}

class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Provides the service's migrated `DataSource`; closes it last on shutdown. */
@Module({})
export class PersistenceModule {
  static forRootAsync(options: PersistenceModuleAsyncOptions): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: DataSource,
          inject: options.inject ?? [],
          useFactory: async (...args: unknown[]) => openServiceDataSource(await options.useFactory(...args)),
        },
        DataSourceCloser,
      ],
      exports: [DataSource],
    };
  }
}
