import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import type { DatabaseConfig } from '../../src/config.js'

/**
 * The rows of one query straight from the database, past the store: what a
 * thief with the file or the dump would see. `$1`… are its parameters.
 */
export async function rawRows(
  database: DatabaseConfig,
  text: string,
  params: readonly unknown[] = [],
): Promise<Record<string, unknown>[]> {
  if (database.kind === 'sqlite') {
    const db = new BetterSqlite3(database.path, { readonly: true })
    try {
      return db.prepare(text.replace(/\$\d+/g, '?')).all(...params) as Record<string, unknown>[]
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    return (await client.query(text, [...params])).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}
