import type { Database } from 'better-sqlite3'
import type { Executor } from '../executor.js'
import { createStatementCache } from './statement-cache.js'
import { bind } from '../queries/template.js'

/** Compiled statements on one better-sqlite3 connection, prepared once each. */
export function createSqliteExecutor(db: Database): Executor {
  const prepare = createStatementCache(db)
  const begin = db.prepare('begin immediate')
  const commit = db.prepare('commit')
  const rollback = db.prepare('rollback')
  return {
    rows: (statement, args) =>
      Promise.resolve(prepare(statement.sql).all(bind(statement, args)) as never[]),
    run: (statement, args) =>
      Promise.resolve(prepare(statement.sql).run(bind(statement, args)).changes),
    async transaction(work) {
      // IMMEDIATE: the write lock first, waiting up to busy_timeout for another
      // writer (hushlink-admin). A transaction that reads first (the room check
      // of sqlite/reserve.ts) would otherwise fail at once with "database is
      // locked" when another connection wrote since its read.
      begin.run()
      try {
        const result = await work()
        commit.run()
        return result
      } catch (err) {
        if (db.inTransaction) rollback.run()
        throw err
      }
    },
  }
}
