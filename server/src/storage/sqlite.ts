import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import type { StorageDriver } from './driver.js'
import type { Database } from './schema.js'
import { withStatementCache } from './statement-cache.js'

/**
 * Durability and hygiene settings, applied on every open:
 * - WAL lets readers run during a write; synchronous=FULL makes every commit
 *   durable before it is acknowledged (with NORMAL a commit can roll back
 *   after power loss, and a claimed secret would come back).
 * - secure_delete overwrites deleted ciphertext with zeros.
 */
const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'secure_delete = ON',
  'busy_timeout = 5000',
  'foreign_keys = ON',
] as const

/** One fsync covers this many writes at most; bounds how long one transaction holds the connection. */
const WRITE_BATCH_SIZE = 256

export function openSqlite(path: string): StorageDriver {
  const inMemory = path === ':memory:'
  const isNew = !inMemory && !existsSync(path)
  if (!inMemory) mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const raw = new BetterSqlite3(path)
  try {
    for (const pragma of PRAGMAS) raw.pragma(pragma)
    // The database holds ciphertext and verifiers: readable by the service user only.
    if (isNew) chmodSync(path, 0o600)
  } catch (err) {
    raw.close()
    throw err
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(raw) }),
  })
  return {
    db,
    columnTypes: { binary: 'blob', timestamp: 'integer' },
    writeBatchSize: WRITE_BATCH_SIZE,
    async checkpoint() {
      // Through kysely, so it waits for any transaction on the single connection.
      await sql`pragma wal_checkpoint(truncate)`.execute(db)
    },
    async close() {
      await db.destroy()
    },
  }
}
