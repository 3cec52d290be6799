/** Recognising database errors the same way on every database the plugin runs on. */

/** Error codes of a unique-key (or primary-key) violation, by driver. */
const UNIQUE_VIOLATION_CODES = new Set([
  // PostgreSQL (pg): unique_violation, which primary keys raise too.
  '23505',
  // SQLite (better-sqlite3): extended result codes.
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  // MySQL (mysql2).
  'ER_DUP_ENTRY',
]);

/**
 * Drivers that only report a generic code (node-sqlite3's SQLITE_CONSTRAINT) still name the
 * violation in the message. Errors may come from a native module's realm, so no instanceof.
 */
const UNIQUE_VIOLATION_MESSAGE =
  /UNIQUE constraint failed|duplicate key value violates unique constraint|Duplicate entry/i;

/** Whether `e` is a database error for a duplicate unique or primary key (a lost race, a taken id). */
export function isUniqueViolation(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { code?: unknown; message?: unknown };
  if (typeof err.code === 'string' && UNIQUE_VIOLATION_CODES.has(err.code))
    return true;
  return (
    typeof err.message === 'string' &&
    UNIQUE_VIOLATION_MESSAGE.test(err.message)
  );
}
