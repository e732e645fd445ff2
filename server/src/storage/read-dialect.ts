import type BetterSqlite3 from 'better-sqlite3'
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely'
import type { Database } from './schema.js'
import { withStatementCache } from './statement-cache.js'

/**
 * A connection that only ever runs single SELECTs. better-sqlite3 runs each
 * one synchronously, so nothing can interleave and kysely's connection mutex
 * (which wakes every waiter on each release) is not needed.
 */
class ReadConnection implements DatabaseConnection {
  readonly #db: ReturnType<typeof withStatementCache>

  constructor(db: ReturnType<typeof withStatementCache>) {
    this.#db = db
  }

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const rows = this.#db.prepare(compiled.sql).all(compiled.parameters) as R[]
    return Promise.resolve({ rows })
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the read connection does not stream')
  }
}

class ReadDriver implements Driver {
  readonly #raw: BetterSqlite3.Database
  readonly #connection: ReadConnection

  constructor(raw: BetterSqlite3.Database) {
    this.#raw = raw
    this.#connection = new ReadConnection(withStatementCache(raw))
  }

  async init(): Promise<void> {}
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(this.#connection)
  }
  beginTransaction(): Promise<void> {
    return Promise.reject(new Error('the read connection never opens a transaction'))
  }
  commitTransaction(): Promise<void> {
    return this.beginTransaction()
  }
  rollbackTransaction(): Promise<void> {
    return this.beginTransaction()
  }
  async releaseConnection(): Promise<void> {}
  destroy(): Promise<void> {
    this.#raw.close()
    return Promise.resolve()
  }
}

/** Kysely over a read-only (query_only) connection, without a connection mutex. */
export function createReaderKysely(raw: BetterSqlite3.Database): Kysely<Database> {
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ReadDriver(raw),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  }
  return new Kysely<Database>({ dialect })
}
