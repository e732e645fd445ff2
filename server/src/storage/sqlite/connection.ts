import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'

/**
 * Durability and hygiene settings, applied on every connection:
 * - WAL lets the reader run while the writer commits; synchronous=FULL makes
 *   every commit durable before it is acknowledged (with NORMAL a commit can
 *   roll back after power loss, and a claimed secret would come back).
 * - secure_delete overwrites deleted ciphertext with zeros.
 */
const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'secure_delete = ON',
  'busy_timeout = 5000',
  'foreign_keys = ON',
] as const

export function openConnection(
  path: string,
  options: { readonly readOnly?: boolean; readonly maxBytes?: number | undefined } = {},
): BetterSqlite3.Database {
  const inMemory = path === ':memory:'
  const isNew = !inMemory && !existsSync(path)
  if (!inMemory) mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const raw = new BetterSqlite3(path)
  try {
    for (const pragma of PRAGMAS) raw.pragma(pragma)
    if (options.readOnly) raw.pragma('query_only = ON')
    // Only the writer grows the file; a cap below the disk's free space leaves room for the WAL.
    if (options.maxBytes !== undefined) {
      const pageSize = raw.pragma('page_size', { simple: true }) as number
      raw.pragma(`max_page_count = ${Math.floor(options.maxBytes / pageSize)}`)
    }
    // The database holds ciphertext and verifiers: readable by the service user only.
    if (isNew) chmodSync(path, 0o600)
  } catch (err) {
    raw.close()
    throw err
  }
  return raw
}

/**
 * Moves committed pages into the database file; TRUNCATE also empties the
 * write-ahead log, PASSIVE copies what it can without waiting for readers.
 */
export function checkpoint(
  raw: BetterSqlite3.Database,
  mode: 'PASSIVE' | 'TRUNCATE' = 'TRUNCATE',
): void {
  raw.pragma(`wal_checkpoint(${mode})`)
}
