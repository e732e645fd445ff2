import type BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import type { DatabaseConfig } from '../../config.js'
import type { Executor } from '../../storage/executor.js'
import { createPostgresExecutor, createStatementNames } from '../../storage/postgres/executor.js'
import { openConnection } from '../../storage/sqlite/connection.js'
import { createSqliteExecutor } from '../../storage/sqlite/executor.js'
import { prepareSchema } from '../../storage/sqlite/index.js'
import { compileNotificationStatements, type NotificationStatements } from './statements.js'

/**
 * The notification tables' own connection. The store's migrations create
 * the tables (open the store first); this only reads and writes them.
 * Phase 2 of issue 16 moves these writes into the store's own writer, so
 * that the outbox rows commit with the change they report.
 */
export interface NotificationDb {
  readonly statements: NotificationStatements
  readonly reader: Executor
  /** Runs `work` in one write transaction on a connection of its own. */
  readonly write: <T>(work: (db: Executor) => Promise<T>) => Promise<T>
  close(): Promise<void>
}

export async function openNotificationDb(database: DatabaseConfig): Promise<NotificationDb> {
  return database.kind === 'sqlite' ? openSqliteDb(database.path) : openPostgresDb(database.url)
}

/** How long a write waits for the store's writer thread to let go of the file. */
const BUSY_WAIT_MS = 10_000

/**
 * SQLite: one connection in this thread. It never waits inside SQLite
 * (busy_timeout 0, which would block the event loop) but retries after a
 * timer while the writer thread holds the lock; writes are serialised.
 */
async function openSqliteDb(path: string): Promise<NotificationDb> {
  const raw = openConnection(path)
  try {
    // A private in-memory database has only what this connection creates.
    if (path === ':memory:') await prepareSchema(raw)
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
    statements: compileNotificationStatements('sqlite'),
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
async function openPostgresDb(url: string): Promise<NotificationDb> {
  const pool = new pg.Pool({ connectionString: url, max: 4, types })
  pool.on('error', () => undefined)
  const names = createStatementNames()
  return Promise.resolve({
    statements: compileNotificationStatements('postgres'),
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
