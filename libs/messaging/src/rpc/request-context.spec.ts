import { Role, SYSTEM_ACTOR, type RpcCaller } from '@alliance/contracts';
import { actorOf, eventMeta, isMemberRep, requestContext } from './request-context';

const rep: RpcCaller = { userId: 'u1', username: 'rep', role: Role.MemberRep, organisationId: 'o1' };

describe('request context', () => {
  it('keeps the request id the gateway sent and makes one up for a caller that sent none', () => {
    expect(requestContext(rep, 'req-1')).toEqual({ caller: rep, requestId: 'req-1' });
    const made = requestContext(undefined, '');
    expect(made.caller).toBeNull();
    expect(made.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('attributes events to the caller, or to the platform itself without one', () => {
    expect(actorOf(rep)).toEqual({ id: 'u1', kind: 'user', role: Role.MemberRep });
    expect(actorOf(null)).toBe(SYSTEM_ACTOR);
    expect(eventMeta({ caller: rep, requestId: 'req-2' })).toEqual({
      correlationId: 'req-2',
      causationId: null,
      actor: { id: 'u1', kind: 'user', role: Role.MemberRep },
    });
  });

  it('tells a member representative from other roles', () => {
    expect(isMemberRep(rep)).toBe(true);
    expect(isMemberRep({ ...rep, role: Role.AllianceAdmin })).toBe(false);
    expect(isMemberRep(null)).toBe(false);
  });
});
