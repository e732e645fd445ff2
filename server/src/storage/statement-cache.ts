import type { Database as BetterSqlite3, Statement } from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

/**
 * Kysely's SQLite driver calls `prepare(sql)` for every query; compiling the
 * same few statements again each time is a measurable share of a request.
 * The SQL text is generated from a fixed set of queries, so the cache stays
 * small; the bound only guards against unexpected variety.
 */
export function withStatementCache(db: BetterSqlite3, capacity = 256): SqliteDatabase {
  const cache = new Map<string, Statement>()
  return {
    close: () => db.close(),
    prepare(sql: string): Statement {
      const cached = cache.get(sql)
      if (cached) return cached
      const statement = db.prepare(sql)
      if (cache.size >= capacity) {
        const oldest = cache.keys().next()
        if (!oldest.done) cache.delete(oldest.value)
      }
      cache.set(sql, statement)
      return statement
    },
  }
}
