import { sql } from 'kysely'
import type { StorageDriver } from './driver.js'
import { createInProcessWriter } from './group-commit.js'
import { migrate, SQLITE_COLUMN_TYPES } from './migrate.js'
import { createReaderKysely } from './read-dialect.js'
import { createWriterKysely, openConnection } from './sqlite-connection.js'
import { startWorkerWriter } from './worker-writer.js'

/**
 * Most writes committed in one transaction: bounds how long one batch holds
 * the write lock (and a response waits) while amortising the fsync.
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
  const writer = await startWorkerWriter(path, MAX_BATCH)
  let reader
  try {
    reader = createReaderKysely(openConnection(path, { readOnly: true }))
  } catch (err) {
    await writer.close()
    throw err
  }
  return {
    reader,
    writer,
    async close() {
      try {
        await writer.close()
      } finally {
        await reader.destroy()
      }
    },
  }
}

/** One private database per connection, so reads and writes share it in this thread. */
async function openInMemory(): Promise<StorageDriver> {
  const db = createWriterKysely(openConnection(':memory:'))
  try {
    await migrate(db, SQLITE_COLUMN_TYPES)
  } catch (err) {
    await db.destroy()
    throw err
  }
  const writer = createInProcessWriter(db, {
    maxBatch: MAX_BATCH,
    checkpoint: async () => {
      await sql`pragma wal_checkpoint(truncate)`.execute(db)
    },
  })
  return {
    reader: db,
    writer,
    async close() {
      await writer.close()
      await db.destroy()
    },
  }
}
