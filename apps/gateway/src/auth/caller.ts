import type { RpcCaller } from '@alliance/contracts';
import type { Role } from './role';

/** The authenticated account behind a request, as read from the database on that request. */
export interface Caller extends RpcCaller {
  role: Role;
  organisationId: string | null;
}
