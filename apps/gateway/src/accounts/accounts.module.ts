import { Global, Module } from '@nestjs/common';
import { LoginLockout } from '../auth/lockout/login-lockout';
import { AccountAccessCache } from './account-access.cache';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AccountAudit } from './audit/account-audit';
import { FirstAdminInitializer } from './first-admin.initializer';
import { PasswordHasher } from './password-hasher';

/**
 * The gateway's own accounts. Global: the access guard authenticates against them on every route, and
 * a service module may need the caller's account (membership binds a representative when it applies).
 */
@Global()
@Module({
  controllers: [AccountsController],
  providers: [
    PasswordHasher,
    AccountsService,
    AccountAccessCache,
    AccountAudit,
    LoginLockout,
    FirstAdminInitializer,
  ],
  exports: [PasswordHasher, AccountsService, AccountAccessCache, AccountAudit, LoginLockout],
})
export class AccountsModule {}
