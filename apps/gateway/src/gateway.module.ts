import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { RpcClientModule } from '@alliance/messaging';
import { PersistenceModule } from '@alliance/persistence';
import { AccountEntity } from './accounts/account.entity';
import { AccountsModule } from './accounts/accounts.module';
import { AccountEventEntity } from './accounts/audit/account-event.entity';
import { GATEWAY_MIGRATIONS } from './accounts/migrations';
import { AccessGuard } from './auth/access.guard';
import { jwtKey } from './auth/jwt-key';
import { AuthController } from './auth/auth.controller';
import { LoginThrottlerGuard } from './auth/login-throttler.guard';
import { TokenService } from './auth/token.service';
import type { GatewayConfig } from './config/gateway-config';
import { gatewayConfigModule } from './config/gateway-config.module';
import { HealthController } from './health/health.controller';
import { ReadinessService } from './health/readiness.service';
import { PipelineModule } from './pipeline/pipeline.module';
import { asyncStdout, LOG_DESTINATION, LogFlusher } from './http/log-destination';
import type { WithRequestId } from './http/request-id';
import { createValidationPipe } from './http/validation';
import { MembershipGatewayModule } from './membership/membership-gateway.module';
import { TrainingGatewayModule } from './training/training-gateway.module';
import { ResourcesGatewayModule } from './resources/resources-gateway.module';
import { ComplianceGatewayModule } from './compliance/compliance-gateway.module';
import { DashboardGatewayModule } from './dashboard/dashboard-gateway.module';
import { CoordinationGatewayModule } from './coordination/coordination-gateway.module';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    const logDestination = asyncStdout();
    return {
      module: GatewayModule,
      imports: [
        gatewayConfigModule(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              // The id set by requestIdMiddleware, so log lines, RPCs and events share it.
              genReqId: (req: IncomingMessage & WithRequestId) => req.requestId ?? 'unknown',
              redact: ['req.headers.authorization', 'req.headers.cookie'],
            },
            logDestination,
          ],
        }),
        PersistenceModule.forRootAsync({
          useFactory: () => ({
            url: config.databaseUrl,
            schema: config.dbSchema,
            entities: [AccountEntity, AccountEventEntity],
            migrations: GATEWAY_MIGRATIONS,
            applicationName: 'gateway',
            poolSize: 5,
          }),
        }),
        RpcClientModule.forRootAsync({
          useFactory: () => ({
            natsUrl: config.natsUrl,
            subjectPrefix: config.subjectPrefix,
            timeoutMs: config.rpcTimeoutMs,
            name: 'gateway',
          }),
        }),
        JwtModule.register({
          secret: jwtKey(config.jwtSecret),
          signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256' },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: config.loginRateLimit.ttlMs, limit: config.loginRateLimit.limit }],
        }),
        AccountsModule,
        PipelineModule,
        // One module per service behind the gateway: its routes and their OpenAPI schemas.
        MembershipGatewayModule,
        TrainingGatewayModule,
        ResourcesGatewayModule,
        ComplianceGatewayModule,
        DashboardGatewayModule,
        CoordinationGatewayModule,
      ],
      controllers: [AuthController, HealthController],
      providers: [
        { provide: LOG_DESTINATION, useValue: logDestination },
        LogFlusher,
        TokenService,
        LoginThrottlerGuard,
        ReadinessService,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
