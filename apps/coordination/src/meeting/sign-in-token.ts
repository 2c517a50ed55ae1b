import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The meeting's sign-in code, shown as a QR code that changes every period: `<meeting>.<expires>.<mac>`,
 * `mac` an HMAC-SHA256 of both under the service's secret. It names its meeting (a code of another meeting
 * is refused even when genuine) and its own expiry, so any instance can check it without state; a code
 * copied after it expired is refused. A code is shared by everyone in the room: that one account signs in
 * once is the database's rule, not the code's.
 */
export interface SignInTokenSettings {
  secret: string;
  periodSeconds: number;
  graceSeconds: number;
}

export interface IssuedToken {
  code: string;
  expiresAt: Date;
  refreshAt: Date;
}

export type TokenCheck = 'valid' | 'malformed' | 'forged' | 'other_meeting' | 'expired';

const mac = (secret: string, meetingId: string, expires: number) =>
  createHmac('sha256', secret).update(`meeting-sign-in:${meetingId}:${expires}`).digest('base64url');

/** The code of the period `now` falls in: valid to the period's end plus the grace. */
export function issueSignInToken(s: SignInTokenSettings, meetingId: string, now: Date): IssuedToken {
  const periodMs = s.periodSeconds * 1000;
  const periodEnd = (Math.floor(now.getTime() / periodMs) + 1) * periodMs;
  const expires = Math.floor(periodEnd / 1000) + s.graceSeconds;
  return {
    code: `${meetingId}.${expires}.${mac(s.secret, meetingId, expires)}`,
    expiresAt: new Date(expires * 1000),
    refreshAt: new Date(periodEnd),
  };
}

export function checkSignInToken(
  s: SignInTokenSettings,
  code: string,
  meetingId: string,
  now: Date,
): TokenCheck {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(code.trim());
  if (!match) return 'malformed';
  const [, codeMeeting, expiresText, given] = match;
  const expires = Number(expiresText);
  const expected = Buffer.from(mac(s.secret, codeMeeting, expires));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return 'forged';
  if (codeMeeting !== meetingId) return 'other_meeting';
  // A genuine code never lives longer than one period and the grace: refuse one claiming a far expiry.
  if (expires * 1000 > now.getTime() + (s.periodSeconds + s.graceSeconds) * 1000) return 'forged';
  if (now.getTime() >= expires * 1000) return 'expired';
  return 'valid';
}
