import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { SQLITE } from '../dialect.js'
import { migrate } from '../migrations/migrate.js'
import { compileStatements, type Statements } from '../queries/index.js'
import type { Database } from '../schema.js'
import { openConnection } from './connection.js'

/**
 * Runs the migrations on `raw` and compiles the statements with kysely's
 * SQLite dialect; `raw` stays open for the caller to close. A database file
 * is prepared on a start-up thread instead (prepareFile, ../prepare-worker.ts).
 */
export async function prepareSchema(raw: BetterSqlite3.Database): Promise<Statements> {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: { prepare: (sql) => raw.prepare(sql), close: () => undefined },
    }),
  })
  await migrate(db, SQLITE.columnTypes)
  const statements = compileStatements(db, SQLITE)
  await db.destroy()
  return statements
}

/** prepareSchema on a connection of its own to the file at `path`. */
export async function prepareFile(path: string): Promise<Statements> {
  const raw = openConnection(path)
  try {
    return await prepareSchema(raw)
  } finally {
    raw.close()
  }
}
