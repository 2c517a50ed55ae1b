/** PostgreSQL SQLSTATEs that services turn into answers for the caller instead of INTERNAL. */
export const PgErrorCode = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  ExclusionViolation: '23P01',
  SerializationFailure: '40001',
  DeadlockDetected: '40P01',
  DuplicateDatabase: '42P04',
  DuplicateSchema: '42P06',
} as const;
export type PgErrorCode = (typeof PgErrorCode)[keyof typeof PgErrorCode];

interface PgDriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** The driver's error under TypeORM's QueryFailedError (or the error itself when it came from `pg`). */
export function pgDriverError(error: unknown): PgDriverError | null {
  if (!error || typeof error !== 'object') return null;
  const inner = (error as { driverError?: unknown }).driverError ?? error;
  return inner && typeof inner === 'object' ? (inner as PgDriverError) : null;
}

/** The SQLSTATE of a PostgreSQL error, or null for anything else. */
export function pgErrorCode(error: unknown): string | null {
  const code = pgDriverError(error)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The violated constraint's name if `error` is a PostgreSQL error with SQLSTATE `code` (empty when the
 * server named none), else null: lets a service tell *which* rule a concurrent change broke.
 */
export function violatedConstraint(error: unknown, code: PgErrorCode): string | null {
  const e = pgDriverError(error);
  if (!e || e.code !== code) return null;
  return e.constraint ?? '';
}
