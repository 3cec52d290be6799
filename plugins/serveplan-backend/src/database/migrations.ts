import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@serveplan/plugin-serveplan-backend',
  'migrations',
);

/** Brings the plugin's database to the latest schema (plain-JS migrations in migrations/). */
export async function applyMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: migrationsDir });
}
