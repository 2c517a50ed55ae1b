/** Headers carried on every RPC and copied into the events it causes. */
export const HEADER_REQUEST_ID = 'x-request-id';
export const HEADER_ACTOR = 'x-actor';

/** The caller as the gateway authenticated it, passed to services in the RPC payload. */
export interface RpcCaller {
  userId: string;
  username: string;
  role: string;
  organisationId?: string | null;
}

/** Every command and query the gateway forwards: who asks, which request, and the body. */
export interface RpcRequest<TBody = unknown> {
  requestId: string;
  caller: RpcCaller | null;
  body: TBody;
}
