import { QueryFailedError } from 'typeorm';
import { PgErrorCode, pgErrorCode, violatedConstraint } from './postgres-errors';

function queryFailed(driverError: object): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('driver'), driverError));
}

describe('PostgreSQL error helpers', () => {
  it('reads the SQLSTATE and constraint through TypeORM’s QueryFailedError and from a bare pg error', () => {
    const wrapped = queryFailed({ code: '23505', constraint: 'member_credit_code_key' });
    expect(pgErrorCode(wrapped)).toBe(PgErrorCode.UniqueViolation);
    expect(violatedConstraint(wrapped, PgErrorCode.UniqueViolation)).toBe('member_credit_code_key');
    expect(pgErrorCode({ code: '40001' })).toBe(PgErrorCode.SerializationFailure);
  });

  it('answers null for another SQLSTATE or for errors that are not PostgreSQL’s', () => {
    const wrapped = queryFailed({ code: '23503', constraint: 'fk' });
    expect(violatedConstraint(wrapped, PgErrorCode.UniqueViolation)).toBeNull();
    expect(pgErrorCode(new Error('boom'))).toBeNull();
    expect(pgErrorCode(undefined)).toBeNull();
    expect(violatedConstraint('text', PgErrorCode.UniqueViolation)).toBeNull();
  });

  it('gives an empty name when the server named no constraint', () => {
    expect(violatedConstraint(queryFailed({ code: '23505' }), PgErrorCode.UniqueViolation)).toBe('');
  });
});
