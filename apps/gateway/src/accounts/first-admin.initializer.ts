import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { gatewayConfig } from '../config/gateway-config.module';
import { AccountsService } from './accounts.service';

/** Without a first admin nobody could log in to create the others. */
@Injectable()
export class FirstAdminInitializer implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly accounts: AccountsService,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminUsername, adminPassword } = gatewayConfig(this.config);
    if (await this.accounts.ensureFirstAdmin(adminUsername, adminPassword)) {
      this.logger.log(
        `created the first alliance admin "${adminUsername}" from ADMIN_USERNAME/ADMIN_PASSWORD`,
      );
    }
  }
}
