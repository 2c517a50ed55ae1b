import type { RpcErrorPayload } from '@alliance/contracts';

/** An RPC that did not succeed: the service's refusal, or why no answer came. */
export class RpcCallError extends Error {
  override readonly name = 'RpcCallError';

  constructor(
    readonly subject: string,
    readonly payload: RpcErrorPayload,
  ) {
    super(`${subject}: ${payload.code}: ${payload.message}`);
  }
}
