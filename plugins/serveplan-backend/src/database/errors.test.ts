import { isUniqueViolation } from './errors';

describe('isUniqueViolation', () => {
  it.each([
    ['PostgreSQL', { code: '23505', message: 'duplicate key value ...' }],
    [
      'SQLite (better-sqlite3), a unique index',
      { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed' },
    ],
    [
      'SQLite (better-sqlite3), a primary key',
      {
        code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
        message: 'UNIQUE constraint failed: measurements.id',
      },
    ],
    [
      'SQLite (node-sqlite3), generic code',
      {
        code: 'SQLITE_CONSTRAINT',
        message: 'SQLITE_CONSTRAINT: UNIQUE constraint failed: plans.id',
      },
    ],
    ['MySQL', { code: 'ER_DUP_ENTRY', message: "Duplicate entry 'x'" }],
  ])('recognises %s', (_driver, error) => {
    expect(isUniqueViolation(Object.assign(new Error(), error))).toBe(true);
  });

  it.each([
    ['a NOT NULL violation (PostgreSQL)', { code: '23502', message: 'null' }],
    [
      'a NOT NULL violation (SQLite)',
      {
        code: 'SQLITE_CONSTRAINT_NOTNULL',
        message: 'NOT NULL constraint failed: plans.text',
      },
    ],
    [
      'a foreign key violation (SQLite, generic code)',
      {
        code: 'SQLITE_CONSTRAINT',
        message: 'SQLITE_CONSTRAINT: FOREIGN KEY constraint failed',
      },
    ],
    ['a connection error', { code: 'ECONNREFUSED', message: 'refused' }],
  ])('does not take %s for one', (_what, error) => {
    expect(isUniqueViolation(Object.assign(new Error(), error))).toBe(false);
  });

  it.each([undefined, null, 'duplicate key', 23505])(
    'answers false for %p',
    value => expect(isUniqueViolation(value)).toBe(false),
  );
});
