import { Kysely, sql } from 'kysely'
import pg from 'pg'
import { POSTGRES } from '../dialect.js'
import { migrate } from '../migrations/migrate.js'
import { compileStatements, type Statements } from '../queries/index.js'
import type { Database } from '../schema.js'
import { CurrentSchemaPostgresDialect } from './introspector.js'
import { types } from './types.js'

/**
 * Migrates with kysely's Migrator (which takes an advisory lock, so replicas
 * starting together migrate once) and compiles the statements. The server
 * runs this on a start-up thread (../prepare-worker.ts).
 */
export async function prepareSchema(url: string): Promise<Statements> {
  const db = new Kysely<Database>({
    dialect: new CurrentSchemaPostgresDialect({
      pool: new pg.Pool({ connectionString: url, max: 1, types }),
    }),
  })
  try {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
    const schema = rows[0]?.schema
    if (schema === undefined) throw new Error('PostgreSQL has no current schema: check search_path')
    await migrate(db, POSTGRES.columnTypes, schema)
    return compileStatements(db, POSTGRES)
  } finally {
    await db.destroy()
  }
}
