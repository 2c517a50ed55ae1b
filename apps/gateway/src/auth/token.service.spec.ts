import * as jsonwebtoken from 'jsonwebtoken';
import { JwtService } from '@nestjs/jwt';
import { jwtKey } from './jwt-key';
import { TokenService } from './token.service';

const SECRET = 'a-secret-with-ünïcode';

function tokens(secret: Parameters<typeof jwtKey>[0] | ReturnType<typeof jwtKey>) {
  return new TokenService(new JwtService({ secret, signOptions: { expiresIn: 60, algorithm: 'HS256' } }));
}

describe('TokenService with jwtKey', () => {
  it('accepts tokens signed with the secret as a string (tokens issued before the key object)', () => {
    const token = jsonwebtoken.sign({ sub: 'account-1', typ: 'access' }, SECRET, { algorithm: 'HS256' });
    expect(tokens(jwtKey(SECRET)).accountIdOf(token)).toBe('account-1');
  });

  it('issues tokens that the string secret verifies', async () => {
    const token = await tokens(jwtKey(SECRET)).issue('account-2');
    expect(jsonwebtoken.verify(token, SECRET, { algorithms: ['HS256'] })).toMatchObject({ sub: 'account-2' });
  });

  it('refuses tokens of another key, of another algorithm and unsigned ones', () => {
    const service = tokens(jwtKey(SECRET));
    const other = jsonwebtoken.sign({ sub: 'x', typ: 'access' }, 'another-secret', { algorithm: 'HS256' });
    const hs512 = jsonwebtoken.sign({ sub: 'x', typ: 'access' }, SECRET, { algorithm: 'HS512' });
    const unsigned = jsonwebtoken.sign({ sub: 'x', typ: 'access' }, null, { algorithm: 'none' });
    for (const token of [other, hs512, unsigned]) expect(service.accountIdOf(token)).toBeNull();
  });

  it('refuses a token that verified before once it has expired', () => {
    jest.useFakeTimers({ now: Date.now() });
    try {
      const service = tokens(jwtKey(SECRET));
      const token = jsonwebtoken.sign({ sub: 'account-3', typ: 'access' }, SECRET, {
        algorithm: 'HS256',
        expiresIn: 2,
      });
      expect(service.accountIdOf(token)).toBe('account-3');
      expect(service.accountIdOf(token)).toBe('account-3');
      jest.advanceTimersByTime(2_000);
      expect(service.accountIdOf(token)).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});
