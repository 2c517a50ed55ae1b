import { checkSignInToken, issueSignInToken, type SignInTokenSettings } from './sign-in-token';

const S: SignInTokenSettings = {
  secret: 'a-test-secret-of-enough-length',
  periodSeconds: 60,
  graceSeconds: 15,
};
const MEETING = '6f1c2b9e-3d4a-4b5c-8d7e-0123456789ab';
const OTHER = '7a2d3c0f-4e5b-4c6d-9e8f-1234567890bc';
const at = (iso: string) => new Date(iso);

describe('meeting sign-in codes', () => {
  it('a code is valid in its minute and the grace after it, then expired', () => {
    const issued = issueSignInToken(S, MEETING, at('2026-06-12T02:00:10Z'));
    expect(issued.refreshAt.toISOString()).toBe('2026-06-12T02:01:00.000Z');
    expect(issued.expiresAt.toISOString()).toBe('2026-06-12T02:01:15.000Z');
    expect(checkSignInToken(S, issued.code, MEETING, at('2026-06-12T02:00:10Z'))).toBe('valid');
    expect(checkSignInToken(S, issued.code, MEETING, at('2026-06-12T02:01:14.999Z'))).toBe('valid');
    expect(checkSignInToken(S, issued.code, MEETING, at('2026-06-12T02:01:15Z'))).toBe('expired');
    expect(checkSignInToken(S, issued.code, MEETING, at('2026-06-12T03:00:00Z'))).toBe('expired');
  });

  it('the code changes every minute', () => {
    const a = issueSignInToken(S, MEETING, at('2026-06-12T02:00:59Z')).code;
    const b = issueSignInToken(S, MEETING, at('2026-06-12T02:01:00Z')).code;
    expect(a).not.toBe(b);
    expect(issueSignInToken(S, MEETING, at('2026-06-12T02:00:01Z')).code).toBe(a);
  });

  it("another meeting's genuine code is refused as such", () => {
    const issued = issueSignInToken(S, OTHER, at('2026-06-12T02:00:10Z'));
    expect(checkSignInToken(S, issued.code, MEETING, at('2026-06-12T02:00:20Z'))).toBe('other_meeting');
  });

  it('a code signed with another key, with a changed expiry or meeting, or garbled, is refused', () => {
    const now = at('2026-06-12T02:00:10Z');
    const issued = issueSignInToken(S, MEETING, now);
    const foreign = issueSignInToken({ ...S, secret: 'somebody-elses-secret-key' }, MEETING, now);
    expect(checkSignInToken(S, foreign.code, MEETING, now)).toBe('forged');
    const [m, expires, sig] = issued.code.split('.');
    expect(checkSignInToken(S, `${m}.${Number(expires) + 3600}.${sig}`, MEETING, now)).toBe('forged');
    expect(checkSignInToken(S, `${OTHER}.${expires}.${sig}`, MEETING, now)).toBe('forged');
    expect(checkSignInToken(S, 'not a code', MEETING, now)).toBe('malformed');
    expect(checkSignInToken(S, `${issued.code}x`, MEETING, now)).toBe('malformed');
  });

  it('a validly signed code claiming a far expiry (the secret leaked into a generator) is refused', () => {
    const future = issueSignInToken(S, MEETING, at('2026-06-12T05:00:00Z'));
    expect(checkSignInToken(S, future.code, MEETING, at('2026-06-12T02:00:10Z'))).toBe('forged');
  });
});
