import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { RpcClientModule } from '@alliance/messaging';
import { PersistenceModule } from '@alliance/persistence';
import { AccountEntity } from './accounts/account.entity';
import { AccountsController } from './accounts/accounts.controller';
import { AccountsService } from './accounts/accounts.service';
import { FirstAdminInitializer } from './accounts/first-admin.initializer';
import { AccountAudit } from './accounts/audit/account-audit';
import { AccountEventEntity } from './accounts/audit/account-event.entity';
import { GATEWAY_MIGRATIONS } from './accounts/migrations';
import { PasswordHasher } from './accounts/password-hasher';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { LoginLockout } from './auth/lockout/login-lockout';
import { LoginThrottlerGuard } from './auth/login-throttler.guard';
import { TokenService } from './auth/token.service';
import type { GatewayConfig } from './config/gateway-config';
import { gatewayConfigModule } from './config/gateway-config.module';
import { DistrictsController } from './districts/districts.controller';
import { HealthController } from './health/health.controller';
import { ReadinessService } from './health/readiness.service';
import { PipelineModule } from './pipeline/pipeline.module';
import type { WithRequestId } from './http/request-id';
import { createValidationPipe } from './http/validation';
import { MemberLifecycleController } from './members/member-lifecycle.controller';
import { MembersController } from './members/members.controller';
import { ServiceForwarder } from './rpc/service-forwarder';
import { WorkingGroupsController } from './working-groups/working-groups.controller';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        gatewayConfigModule(config),
        PipelineModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // The id set by requestIdMiddleware, so log lines, RPCs and events share it.
            genReqId: (req: IncomingMessage & WithRequestId) => req.requestId ?? 'unknown',
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
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
          secret: config.jwtSecret,
          signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256' },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: config.loginRateLimit.ttlMs, limit: config.loginRateLimit.limit }],
        }),
      ],
      controllers: [
        AuthController,
        AccountsController,
        MembersController,
        MemberLifecycleController,
        DistrictsController,
        WorkingGroupsController,
        HealthController,
      ],
      providers: [
        PasswordHasher,
        AccountsService,
        AccountAudit,
        LoginLockout,
        FirstAdminInitializer,
        TokenService,
        LoginThrottlerGuard,
        ServiceForwarder,
        ReadinessService,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
