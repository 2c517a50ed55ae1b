import { eventType, parseEventType, rpcSubject, streamName, streamSubjects } from './subjects';

describe('subject naming', () => {
  it('builds RPC subjects as <context>.<aggregate>.<action>', () => {
    expect(rpcSubject('membership', 'member', 'admit')).toBe('membership.member.admit');
  });

  it('builds and parses event types with their version', () => {
    const type = eventType('membership', 'working-group', 'member-added', 2);
    expect(type).toBe('evt.membership.working-group.member-added.v2');
    expect(parseEventType(type)).toEqual({
      context: 'membership',
      aggregate: 'working-group',
      pastTense: 'member-added',
      version: 2,
    });
  });

  it('refuses segments that would break subject wildcards', () => {
    expect(() => rpcSubject('membership', 'member.x', 'admit')).toThrow(/kebab-case/);
    expect(() => eventType('membership', 'member', 'Admitted')).toThrow(/kebab-case/);
    expect(() => eventType('membership', 'member', 'admitted', 0)).toThrow(/positive/);
    expect(() => parseEventType('membership.member.admit')).toThrow(/not an event type/);
  });

  it('names one stream per context, isolated by prefix', () => {
    expect(streamName('membership')).toBe('EVT_MEMBERSHIP');
    expect(streamName('membership', 't-42a')).toBe('T_42A_EVT_MEMBERSHIP');
    expect(streamSubjects('membership', 't42.')).toBe('t42.evt.membership.>');
  });
});
