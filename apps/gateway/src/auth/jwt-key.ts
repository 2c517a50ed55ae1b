import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * The HS256 key as a KeyObject, made once at start. Given the secret as a string, jsonwebtoken first
 * tries to read it as a PEM public key on every verification (which throws) and only then makes a
 * secret key of it: that cost 19 % of the gateway's CPU under load. The key bytes are the string's
 * UTF-8 bytes, exactly what jsonwebtoken derives from a string, so tokens stay valid across the change.
 */
export function jwtKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
