import { existsSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import { ConfigError, type DatabaseConfig } from '../config.js'

/**
 * The SQLite file an operator tool works on. Tools open their own read-only
 * connection beside the server's, which WAL allows while the server runs.
 */
export function sqliteFileOf(database: DatabaseConfig): string {
  if (database.kind === 'postgres') {
    throw new ConfigError(
      'this command works on SQLite files; for PostgreSQL use its own tools (pg_dump, psql)',
    )
  }
  if (database.path === ':memory:') {
    throw new ConfigError('DATABASE_URL is sqlite::memory:, which only the server process can see')
  }
  return database.path
}

/** A query-only connection; fails clearly when there is no database yet. */
export function openReadOnly(path: string): Sqlite.Database {
  if (!existsSync(path)) {
    throw new ConfigError(`no database at ${path}: start the server once, or check DATABASE_URL`)
  }
  const db = new Sqlite(path, { readonly: true, fileMustExist: true })
  // The server's writer may hold the lock for a commit; wait rather than fail.
  db.pragma('busy_timeout = 5000')
  return db
}
