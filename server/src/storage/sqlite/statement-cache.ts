import type { Database, Statement } from 'better-sqlite3'

/**
 * Prepares each SQL text once per connection. The statements come from a
 * fixed set compiled at start-up, so the cache stays small; the bound only
 * guards against the unexpected.
 */
export function createStatementCache(db: Database, capacity = 256): (sql: string) => Statement {
  const cache = new Map<string, Statement>()
  return (sql) => {
    const cached = cache.get(sql)
    if (cached) return cached
    const statement = db.prepare(sql)
    if (cache.size >= capacity) {
      const oldest = cache.keys().next()
      if (!oldest.done) cache.delete(oldest.value)
    }
    cache.set(sql, statement)
    return statement
  }
}
