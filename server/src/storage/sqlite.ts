import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { StorageDriver } from './driver.js'
import { createInProcessWriter } from './group-commit.js'
import { SQLITE } from './dialect.js'
import { migrate } from './migrate.js'
import type { Database } from './schema.js'
import { checkpoint, openConnection } from './sqlite-connection.js'
import { createSqliteExecutor } from './sqlite-executor.js'
import { compileStatements, type Statements } from './statements.js'
import { startWorkerWriter } from './worker-writer.js'

/**
 * Most writes committed in one transaction: bounds how long one batch holds
 * the write lock (and its callers wait) while amortising the fsync.
 */
const MAX_BATCH = 256

/**
 * A database file gets two connections: the writer in its own thread, so
 * commits and their fsyncs never block request handling, and a query-only
 * reader in this thread. WAL lets the reader see every committed write
 * without waiting for the writer.
 */
export async function openSqlite(path: string): Promise<StorageDriver> {
  if (path === ':memory:') return openInMemory()
  const setup = openConnection(path)
  let statements: Statements
  try {
    statements = await prepareSchema(setup)
  } finally {
    setup.close()
  }
  const writer = await startWorkerWriter(path, statements, MAX_BATCH)
  let reader: BetterSqlite3.Database
  try {
    reader = openConnection(path, { readOnly: true })
  } catch (err) {
    await writer.close()
    throw err
  }
  return {
    statements,
    reader: createSqliteExecutor(reader),
    writer,
    async close() {
      try {
        await writer.close()
      } finally {
        reader.close()
      }
    },
  }
}

/** A private in-memory database lives in one connection, which reads and writes. */
async function openInMemory(): Promise<StorageDriver> {
  const raw = openConnection(':memory:')
  let statements: Statements
  try {
    statements = await prepareSchema(raw)
  } catch (err) {
    raw.close()
    throw err
  }
  const db = createSqliteExecutor(raw)
  const writer = createInProcessWriter(db, statements, {
    maxBatch: MAX_BATCH,
    checkpoint: () => Promise.resolve(checkpoint(raw)),
  })
  return {
    statements,
    reader: db,
    writer,
    async close() {
      await writer.close()
      raw.close()
    },
  }
}

/**
 * Runs the migrations on `raw` and compiles the statements with kysely's
 * SQLite dialect; `raw` stays open for the caller to close.
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
