import { CreateAccounts1764500000000 } from './1764500000000-create-accounts.migration';
import { AccountMustChangePassword1764600000000 } from './1764600000000-account-must-change-password.migration';
import { CreateAccountEvents1764600100000 } from './1764600100000-create-account-events.migration';
import { CreateLoginFailures1764600200000 } from './1764600200000-create-login-failures.migration';
import { InspectorOrganisation1764600300000 } from './1764600300000-inspector-organisation.migration';

/** The gateway schema's migrations, oldest first. */
export const GATEWAY_MIGRATIONS = [
  CreateAccounts1764500000000,
  AccountMustChangePassword1764600000000,
  CreateAccountEvents1764600100000,
  CreateLoginFailures1764600200000,
  InspectorOrganisation1764600300000,
];
