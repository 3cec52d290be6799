/**
 * The databases the tests run on: SQLite always, and the PostgreSQL that
 * scripts/lib/postgres.sh starts (its version in SERVEPLAN_TEST_POSTGRES_VERSION, 15 by default).
 * Under CI the PostgreSQL run is required, so a missing server fails instead of skipping.
 */
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

export const POSTGRES_ID = `POSTGRES_${
  process.env.SERVEPLAN_TEST_POSTGRES_VERSION ?? '15'
}` as TestDatabaseId;

export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: [POSTGRES_ID, 'SQLITE_3'] });
}

/** Declares a test that fails under CI when PostgreSQL is not available. */
export function requirePostgresUnderCi(databases: TestDatabases) {
  const ci = Boolean(process.env.CI);
  (ci ? it : it.skip)(`runs on ${POSTGRES_ID} as well as SQLite (CI)`, () => {
    if (!databases.supports(POSTGRES_ID)) {
      throw new Error(
        `${POSTGRES_ID} is not available: start it with "source scripts/lib/postgres.sh && serveplan_pg_start" (exports BACKSTAGE_TEST_DATABASE_${POSTGRES_ID.replace(
          '_',
          '',
        )}_CONNECTION_STRING)`,
      );
    }
  });
}
