/**
 * An RPC answer that is already JSON text (a page PostgreSQL serialised, say). The service's reply
 * serializer splices it into the reply as it is, and a caller that only passes it on (the gateway, to
 * HTTP) can take it out again as text: a large answer is then never parsed and re-stringified on its way.
 * Anything else that serialises it (an in-process caller, a log) sees the parsed value.
 */
export class RawJson<T = unknown> {
  /** Only for the type checker: what the text is the JSON of. */
  declare readonly of?: T;

  constructor(readonly json: string) {}

  toJSON(): T {
    return JSON.parse(this.json) as T;
  }
}
