import type { Executor } from './executor.js'
import type { Writer } from './group-commit.js'
import type { Statements } from './statements.js'

/**
 * What differs between database engines: how statements reach the database.
 * The statements themselves are dialect-neutral (statements.ts, compiled by
 * each engine's kysely dialect); a PostgreSQL driver is one more file like
 * sqlite.ts.
 */
export interface StorageDriver {
  readonly statements: Statements
  /** Single-statement reads, never inside a write transaction. */
  readonly reader: Executor
  /** Every write, group-committed. */
  readonly writer: Writer
  /** Waits for queued writes, checkpoints and releases every connection. */
  close(): Promise<void>
}
