import { Migrator, type Kysely } from 'kysely'
import { InCodeMigrationProvider, type ColumnTypes } from './index.js'
import type { Database } from '../schema.js'

/**
 * Brings the schema up to date; runs on the connection that writes. On
 * PostgreSQL `schema` is the connection's current schema: kysely looks for its
 * bookkeeping tables in every schema unless told which one, and would take
 * another application's (or test's) for ours.
 */
export async function migrate(
  db: Kysely<Database>,
  types: ColumnTypes,
  schema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new InCodeMigrationProvider(types),
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('database migration failed')
}
