import type BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely'
import type { DatabaseConfig } from '../../src/config.js'
import { POSTGRES, SQLITE } from '../../src/storage/dialect.js'
import type { Executor } from '../../src/storage/executor.js'
import { compileStatements, type Statements } from '../../src/storage/queries/index.js'
import type { Database } from '../../src/storage/schema.js'
import {
  createPostgresExecutor,
  createStatementNames,
} from '../../src/storage/postgres/executor.js'
import { openConnection } from '../../src/storage/sqlite/connection.js'
import { createSqliteExecutor } from '../../src/storage/sqlite/executor.js'

/**
 * A connection of the tests' own to a database the store opened (and
 * migrated): it runs the outbox functions in transactions the tests make, to
 * check what they queue on their own. The server writes them only through
 * the store's write kinds, in the transaction of the change.
 */
export interface SeedDb {
  readonly statements: Statements
  readonly reader: Executor
  /** Runs `work` in one write transaction on a connection of its own. */
  readonly write: <T>(work: (db: Executor) => Promise<T>) => Promise<T>
  close(): Promise<void>
}

export async function openSeedDb(database: DatabaseConfig): Promise<SeedDb> {
  return database.kind === 'sqlite'
    ? openSqliteDb(database.path)
    : await openPostgresDb(database.url)
}

/** How long a write waits for the store's writer thread to let go of the file. */
const BUSY_WAIT_MS = 10_000

/**
 * SQLite: one connection in this thread. It never waits inside SQLite
 * (busy_timeout 0, which would block the event loop) but retries after a
 * timer while the writer thread holds the lock; writes are serialised.
 */
function openSqliteDb(path: string): SeedDb {
  if (path === ':memory:') throw new Error('a private in-memory database has no second connection')
  const raw = openConnection(path)
  try {
    raw.pragma('busy_timeout = 0')
  } catch (err) {
    raw.close()
    throw err
  }
  const db = createSqliteExecutor(raw)
  const begin = raw.prepare('begin immediate')
  const commit = raw.prepare('commit')
  const rollback = raw.prepare('rollback')
  let queue: Promise<unknown> = Promise.resolve()
  async function transaction<T>(work: (db: Executor) => Promise<T>): Promise<T> {
    await lock(begin)
    try {
      const result = await work(db)
      commit.run()
      return result
    } catch (err) {
      if (raw.inTransaction) rollback.run()
      throw err
    }
  }
  return {
    statements: compile(SQLITE.engine),
    reader: db,
    write(work) {
      const result = queue.then(() => transaction(work))
      queue = result.catch(() => undefined)
      return result
    },
    async close() {
      await queue
      raw.close()
    },
  }
}

async function lock(begin: BetterSqlite3.Statement): Promise<void> {
  const giveUp = Date.now() + BUSY_WAIT_MS
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    try {
      begin.run()
      return
    } catch (err) {
      const busy = (err as { code?: string }).code === 'SQLITE_BUSY'
      if (!busy || Date.now() > giveUp) throw err
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}

const INT8_OID = 20
const types = new pg.TypeOverrides()
types.setTypeParser(INT8_OID, 'text', Number)

/** PostgreSQL: a small pool; each write is one transaction on a connection of its own. */
async function openPostgresDb(url: string): Promise<SeedDb> {
  const pool = new pg.Pool({ connectionString: url, max: 4, types })
  pool.on('error', () => undefined)
  const names = createStatementNames()
  return Promise.resolve({
    statements: compile(POSTGRES.engine),
    reader: createPostgresExecutor(pool, names),
    async write(work) {
      const client = await pool.connect()
      let broken: Error | undefined
      try {
        const db = createPostgresExecutor(client, names)
        return await db.transaction(() => work(db))
      } catch (err) {
        if (!(err instanceof pg.DatabaseError))
          broken = err instanceof Error ? err : new Error(String(err))
        throw err
      } finally {
        client.release(broken)
      }
    },
    close: () => pool.end(),
  })
}

function compile(engine: 'sqlite' | 'postgres'): Statements {
  const pg = engine === 'postgres'
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => (pg ? new PostgresIntrospector(k) : new SqliteIntrospector(k)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  })
  return compileStatements(db, pg ? POSTGRES : SQLITE)
}
