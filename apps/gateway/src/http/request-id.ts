import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HEADER_REQUEST_ID } from '@alliance/contracts';

/** Ids a client may choose: short and printable, so they are safe in logs, headers and subjects. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface WithRequestId {
  requestId?: string;
}

export function resolveRequestId(incoming: string | string[] | undefined): string {
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  return candidate && ACCEPTABLE_ID.test(candidate) ? candidate : randomUUID();
}

/**
 * First middleware of the app: every later step (body parsing errors included) and every RPC and
 * event the request causes carry the same id, and the client gets it back to quote.
 */
export function requestIdMiddleware(
  req: IncomingMessage & WithRequestId,
  res: ServerResponse,
  next: () => void,
): void {
  const id = resolveRequestId(req.headers[HEADER_REQUEST_ID]);
  req.requestId = id;
  res.setHeader(HEADER_REQUEST_ID, id);
  next();
}
