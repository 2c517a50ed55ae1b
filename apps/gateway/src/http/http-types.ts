import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../auth/caller';

/*
 * The parts of Express's request and response the gateway uses. Declared here rather than adding
 * @types/express: the gateway touches a handful of members, and these are all it relies on.
 */
export interface HttpRequest extends IncomingMessage {
  originalUrl: string;
  params: Record<string, string | undefined>;
  body?: unknown;
  ip?: string;
  requestId?: string;
  caller?: Caller;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  type(contentType: string): this;
  send(body: string): this;
}
