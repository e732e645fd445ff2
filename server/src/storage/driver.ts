import type { Kysely } from 'kysely'
import type { ColumnTypes } from './migrations/index.js'
import type { Database } from './schema.js'

/**
 * What differs between database engines. The SQL itself is dialect-neutral
 * and lives in secret-store.ts; a PostgreSQL driver is one more file like
 * sqlite.ts.
 */
export interface StorageDriver {
  readonly db: Kysely<Database>
  readonly columnTypes: ColumnTypes
  /**
   * Most writes committed together in one transaction (group commit); 1 turns
   * it off, for engines that commit concurrently on their own.
   */
  readonly writeBatchSize: number
  /** Moves committed pages out of the write-ahead log and truncates it. */
  checkpoint(): Promise<void>
  /** Releases the connection(s); the driver is unusable afterwards. */
  close(): Promise<void>
}
