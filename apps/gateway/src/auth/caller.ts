import { type RpcCaller, type Role } from '@alliance/contracts';

/** The authenticated account behind a request, as it is now (AccountAccessCache, invalidated by every change). */
export interface Caller extends RpcCaller {
  role: Role;
  organisationId: string | null;
}
