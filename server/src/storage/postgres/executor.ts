import type { Pool, PoolClient } from 'pg'
import type { Executor } from '../executor.js'
import { bind, type Template } from '../queries/template.js'

/** Anything that runs a query: the pool (one statement on any connection) or one client. */
type Queryable = Pick<Pool, 'query'> | Pick<PoolClient, 'query'>

/**
 * Compiled statements on PostgreSQL. Each SQL text gets a stable name, so
 * every connection prepares it once and later runs only bind/execute.
 */
export function createPostgresExecutor(target: Queryable, names: StatementNames): Executor {
  const query = async <Row>(statement: Template<unknown, object>, args: object) =>
    target.query<Row & object>({
      name: names(statement.sql),
      text: statement.sql,
      values: bind(statement, args),
    })
  return {
    rows: async <Row, Args extends object>(statement: Template<Row, Args>, args: Args) =>
      (await query<Row>(statement, args)).rows,
    run: async (statement, args) => (await query(statement, args)).rowCount ?? 0,
    async transaction(work) {
      // READ COMMITTED (the default) is enough: every write is a conditional
      // UPDATE/DELETE, which re-checks its WHERE on the newest row version
      // after waiting for a concurrent writer, so two claims never both win.
      await target.query('begin')
      try {
        const result = await work()
        await target.query('commit')
        return result
      } catch (err) {
        await target.query('rollback').catch(() => undefined)
        throw err
      }
    },
  }
}

/** Gives each distinct SQL text a prepared-statement name, the same on every connection. */
export type StatementNames = (sql: string) => string

export function createStatementNames(): StatementNames {
  const names = new Map<string, string>()
  return (sql) => {
    let name = names.get(sql)
    if (name === undefined) {
      name = `hushlink_${names.size + 1}`
      names.set(sql, name)
    }
    return name
  }
}
