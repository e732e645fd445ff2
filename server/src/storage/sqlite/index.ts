import { statSync } from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3'
import { ConfigError } from '../../config.js'
import type { StorageDriver } from '../driver.js'
import { MIGRATION_TABLE, notApplied } from '../migrations/pending.js'
import { backupDatabase } from './backup.js'
import { createInProcessWriter, type Publish } from '../commit/group-commit.js'
import { checkpoint, openConnection } from './connection.js'
import { createSqliteExecutor } from './executor.js'
import type { Statements } from '../queries/index.js'
import { startWorkerWriter } from './writer-thread.js'
import { prepareStatements, type PrepareOn } from '../prepare-thread.js'
import type { RoomOptions } from './reserve.js'

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
export async function openSqlite(
  path: string,
  publish: Publish,
  room: RoomOptions = { maxBytes: undefined, diskReserve: 0 },
  prepareOn: PrepareOn = 'here',
): Promise<StorageDriver> {
  if (path === ':memory:') return openInMemory(publish)
  const statements = await prepareStatements({ engine: 'sqlite', path }, prepareOn)
  const writer = await startWorkerWriter(path, statements, MAX_BATCH, publish, room)
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
    ...fileTools(reader, statements, path),
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
async function openInMemory(publish: Publish): Promise<StorageDriver> {
  const raw = openConnection(':memory:')
  let statements: Statements
  try {
    // Only this connection sees the database, so it is migrated on this thread.
    const { prepareSchema } = await import('./prepare.js')
    statements = await prepareSchema(raw)
  } catch (err) {
    raw.close()
    throw err
  }
  const db = createSqliteExecutor(raw)
  const writer = createInProcessWriter(db, statements, {
    maxBatch: MAX_BATCH,
    checkpoint: () => Promise.resolve(checkpoint(raw)),
    publish,
  })
  return {
    statements,
    reader: db,
    writer,
    ...fileTools(raw, statements, null),
    async close() {
      await writer.close()
      raw.close()
    },
  }
}

/**
 * The operator capabilities, on the connection that reads (query-only for a
 * file: these never write). `path` is null for a private in-memory database.
 */
function fileTools(
  raw: BetterSqlite3.Database,
  statements: Statements,
  path: string | null,
): Pick<StorageDriver, 'pendingMigrations' | 'footprint' | 'backup'> {
  const pragma = (name: string): number => raw.pragma(name, { simple: true }) as number
  return {
    async pendingMigrations() {
      const known = raw
        .prepare('select 1 from sqlite_master where type = ? and name = ?')
        .get('table', MIGRATION_TABLE)
      const applied = known
        ? raw.prepare(`select name from ${MIGRATION_TABLE}`).pluck().all().map(String)
        : []
      return notApplied(applied)
    },
    footprint() {
      const pageSize = pragma('page_size')
      return Promise.resolve({
        bytes: pragma('page_count') * pageSize,
        walBytes: path === null ? null : fileSize(`${path}-wal`),
        freeBytes: pragma('freelist_count') * pageSize,
      })
    },
    backup(target, now) {
      if (path === null) {
        throw new ConfigError(
          'DATABASE_URL is sqlite::memory:, which only the server process can see',
        )
      }
      return backupDatabase(raw, target, statements, now)
    },
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
