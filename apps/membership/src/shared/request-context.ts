import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type EventActor, type RpcCaller } from '@alliance/contracts';
import type { EventMeta } from '@alliance/messaging';

/** Who asked and under which request id; every change records both and its events carry them. */
export interface RequestContext {
  requestId: string;
  caller: RpcCaller | null;
}

export const MEMBER_REP_ROLE = 'member_rep';

/** A request without caller comes from the platform itself (seed data, a scheduler). */
export function actorOf(caller: RpcCaller | null): EventActor {
  return caller ? { id: caller.userId, kind: 'user', role: caller.role } : SYSTEM_ACTOR;
}

export function eventMeta(ctx: RequestContext): EventMeta {
  return { correlationId: ctx.requestId, causationId: null, actor: actorOf(ctx.caller) };
}

export function isMemberRep(caller: RpcCaller | null): caller is RpcCaller {
  return caller?.role === MEMBER_REP_ROLE;
}

/** A request id is always recorded; a caller that sent none (a script) still gets a traceable one. */
export function requestContext(caller: RpcCaller | null | undefined, requestId: string | undefined): RequestContext {
  return { caller: caller ?? null, requestId: requestId || randomUUID() };
}
