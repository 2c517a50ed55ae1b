import { randomUUID } from 'node:crypto';
import { Role, SYSTEM_ACTOR, type EventActor, type RpcCaller } from '@alliance/contracts';
import type { EventMeta } from '../outbox/outbox-writer';

/** Who asked and under which request id; every change records both and its events carry them. */
export interface RequestContext {
  requestId: string;
  caller: RpcCaller | null;
}

/** A request id is always recorded; a caller that sent none (a script) still gets a traceable one. */
export function requestContext(
  caller: RpcCaller | null | undefined,
  requestId: string | undefined,
): RequestContext {
  return { caller: caller ?? null, requestId: requestId || randomUUID() };
}

/** A request without caller comes from the platform itself (seed data, a scheduler). */
export function actorOf(caller: RpcCaller | null): EventActor {
  return caller ? { id: caller.userId, kind: 'user', role: caller.role } : SYSTEM_ACTOR;
}

/** The meta of an event caused by a request: correlated by its request id, attributed to its caller. */
export function eventMeta(ctx: RequestContext): EventMeta {
  return { correlationId: ctx.requestId, causationId: null, actor: actorOf(ctx.caller) };
}

export function hasRole(caller: RpcCaller | null, role: Role): caller is RpcCaller {
  return caller?.role === role;
}

export function isMemberRep(caller: RpcCaller | null): caller is RpcCaller {
  return hasRole(caller, Role.MemberRep);
}
