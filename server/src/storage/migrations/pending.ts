import { InCodeMigrationProvider } from './index.js'

/** The table kysely's Migrator records applied migrations in. */
export const MIGRATION_TABLE = 'kysely_migration'

/** Names of the migrations this build ships that are not in `applied`. */
export async function notApplied(applied: Iterable<string>): Promise<string[]> {
  // Column types only matter when a migration runs; here only the names are read.
  const provider = new InCodeMigrationProvider({ binary: 'blob', timestamp: 'integer' })
  const done = new Set(applied)
  return Object.keys(await provider.getMigrations()).filter((name) => !done.has(name))
}
