import type Sqlite from 'better-sqlite3'
import { InCodeMigrationProvider } from '../storage/migrations/index.js'

/** The table kysely's Migrator records applied migrations in. */
const MIGRATION_TABLE = 'kysely_migration'

/** Names of the migrations this build ships that the database has not applied. */
export async function pendingMigrations(db: Sqlite.Database): Promise<string[]> {
  const shipped = await shippedMigrations()
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

/** The same on PostgreSQL, on a connection of its own that is closed before returning. */
export async function pendingPostgresMigrations(url: string): Promise<string[]> {
  const shipped = await shippedMigrations()
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ table: string | null }>(
      `select to_regclass('${MIGRATION_TABLE}')::text as table`,
    )
    if (!rows[0]?.table) return shipped
    const applied = await client.query<{ name: string }>(`select name from ${MIGRATION_TABLE}`)
    const names = new Set(applied.rows.map((r) => r.name))
    return shipped.filter((name) => !names.has(name))
  } finally {
    await client.end()
  }
}

async function shippedMigrations(): Promise<string[]> {
  // Column types only matter when a migration runs; here only the names are read.
  const provider = new InCodeMigrationProvider({ binary: 'blob', timestamp: 'integer' })
  return Object.keys(await provider.getMigrations())
}
