/** PostgreSQL SQLSTATEs the service turns into domain answers instead of INTERNAL. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';

/** The violated constraint's name if `error` is a PostgreSQL error with SQLSTATE `code`. */
export function violatedConstraint(error: unknown, code: string): string | null {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? error;
  const e = driverError as { code?: string; constraint?: string } | null;
  if (!e || e.code !== code) return null;
  return e.constraint ?? '';
}
