import type { RpcErrorPayload } from '@alliance/contracts';

/**
 * The refusal an RPC answered: resolves with its `{ code, message, details }` and fails the test if the
 * call succeeded or failed in some other way (a timeout, a bug), so a test cannot pass by accident.
 */
export async function rpcRefusal(call: Promise<unknown>): Promise<RpcErrorPayload> {
  const outcome = await call.then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected a refusal, the call answered ${JSON.stringify(outcome.result)}`);
  const payload = (outcome.error as { payload?: RpcErrorPayload }).payload;
  if (!payload || typeof payload.code !== 'string') throw outcome.error;
  return payload;
}
