import type Sqlite from 'better-sqlite3'
import { InCodeMigrationProvider } from '../storage/migrations/index.js'

/** The table kysely's Migrator records applied migrations in. */
const MIGRATION_TABLE = 'kysely_migration'

/** Names of the migrations this build ships that the database has not applied. */
export async function pendingMigrations(db: Sqlite.Database): Promise<string[]> {
  // Column types only matter when a migration runs; here only the names are read.
  const provider = new InCodeMigrationProvider({ binary: 'blob', timestamp: 'integer' })
  const shipped = Object.keys(await provider.getMigrations())
  const hasTable = db
    .prepare('select 1 from sqlite_master where type = ? and name = ?')
    .get('table', MIGRATION_TABLE)
  if (!hasTable) return shipped
  const applied = new Set(
    db
      .prepare(`select name from ${MIGRATION_TABLE}`)
      .pluck()
      .all()
      .filter((name): name is string => typeof name === 'string'),
  )
  return shipped.filter((name) => !applied.has(name))
}
