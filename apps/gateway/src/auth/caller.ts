import { type RpcCaller, type Role } from '@alliance/contracts';

/** The authenticated account behind a request, as read from the database on that request. */
export interface Caller extends RpcCaller {
  role: Role;
  organisationId: string | null;
}
