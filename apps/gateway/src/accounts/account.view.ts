import type { Role } from '@alliance/contracts';
import type { AccountEntity } from './account.entity';

/** An account as the API shows it: never the password hash. */
export interface AccountView {
  id: string;
  username: string;
  role: Role;
  organisationId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toAccountView(account: AccountEntity): AccountView {
  return {
    id: account.id,
    username: account.username,
    role: account.role,
    organisationId: account.organisationId,
    disabled: account.disabledAt !== null,
    mustChangePassword: account.mustChangePassword,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}
