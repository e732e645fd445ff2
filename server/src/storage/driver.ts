import type { Kysely } from 'kysely'
import type { Writer } from './group-commit.js'
import type { Database } from './schema.js'

/**
 * What differs between database engines: how reads and writes reach the
 * database. The SQL itself is dialect-neutral (write-ops.ts and
 * secret-store.ts); a PostgreSQL driver is one more file like sqlite.ts.
 */
export interface StorageDriver {
  /** Single-statement reads; never inside a write transaction. */
  readonly reader: Kysely<Database>
  /** Every write, group-committed. */
  readonly writer: Writer
  /** Waits for queued writes, checkpoints and releases every connection. */
  close(): Promise<void>
}
