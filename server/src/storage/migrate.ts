import { Migrator, type Kysely } from 'kysely'
import { InCodeMigrationProvider, type ColumnTypes } from './migrations/index.js'
import type { Database } from './schema.js'

export const SQLITE_COLUMN_TYPES: ColumnTypes = { binary: 'blob', timestamp: 'integer' }

/** Brings the schema up to date; runs on the connection that writes. */
export async function migrate(db: Kysely<Database>, types: ColumnTypes): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider(types) })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('database migration failed')
}
