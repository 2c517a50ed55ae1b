import { PersistenceModule } from '@alliance/persistence';
import { Module, type DynamicModule, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { messagingEntities, messagingMigrations } from '../messaging-schema';
import type { ConsumerOptions, RelayOptions } from '../messaging-options';
import { MessagingModule } from '../messaging.module';
import type { ServiceConfig } from './service-config';
import { serviceLoggerModule } from './service-logger.module';

export interface ServiceDefinition {
  config: ServiceConfig;
  /** The service's own TypeORM entities (the messaging tables are added). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: Array<Type<any>>;
  /** The service's own migrations, run after the messaging tables' (the outbox must exist first). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  migrations: Array<Type<any>>;
  /** Contexts whose stream this service publishes to (default: its own). */
  publishes?: string[];
  controllers?: ModuleMetadata['controllers'];
  providers?: Provider[];
  imports?: ModuleMetadata['imports'];
  relay?: Omit<RelayOptions, 'enabled'>;
  consumer?: ConsumerOptions;
  /** Connections to PostgreSQL in the pool (default TypeORM's). */
  poolSize?: number;
}

/**
 * The wiring every service shares: pino logging, its schema (messaging tables + own migrations), NATS
 * with the outbox relay and consumers. A service's root module is then just its controllers and providers.
 */
@Module({})
export class ServiceModule {
  static forRoot(definition: ServiceDefinition): DynamicModule {
    const { config } = definition;
    return {
      module: ServiceModule,
      imports: [
        serviceLoggerModule(config.service, config.logLevel),
        PersistenceModule.forRootAsync({
          useFactory: () => ({
            url: config.databaseUrl,
            schema: config.schema,
            applicationName: config.service,
            entities: [...messagingEntities, ...definition.entities],
            migrations: [...messagingMigrations, ...definition.migrations],
            ...((config.poolSize ?? definition.poolSize)
              ? { poolSize: config.poolSize ?? definition.poolSize }
              : {}),
          }),
        }),
        MessagingModule.forRootAsync({
          useFactory: () => ({
            service: config.service,
            natsUrl: config.natsUrl,
            subjectPrefix: config.subjectPrefix,
            streamPrefix: config.streamPrefix,
            ...(config.streamReplicas ? { streamReplicas: config.streamReplicas } : {}),
            publishes: definition.publishes ?? [config.service],
            relay: { ...definition.relay, enabled: config.relayEnabled },
            ...(definition.consumer ? { consumer: definition.consumer } : {}),
          }),
        }),
        ...(definition.imports ?? []),
      ],
      controllers: definition.controllers ?? [],
      providers: definition.providers ?? [],
    };
  }
}
