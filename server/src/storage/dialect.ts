import type { ColumnTypes } from './migrations/column-types.js'

/**
 * Everything that differs between the engines' SQL, in one place. Statements
 * and migrations are written once with kysely; these flags pick the few
 * spellings that cannot be shared.
 */
export interface DialectTraits {
  readonly engine: 'sqlite' | 'postgres'
  /** Column types of migrations: BLOB/bytea, integer/bigint milliseconds. */
  readonly columnTypes: ColumnTypes
  /**
   * Whether the sweeper's batch locks its rows with FOR UPDATE SKIP LOCKED, so
   * replicas sweeping at the same moment take disjoint batches instead of
   * queueing on each other's locks. SQLite has a single writer and no such clause.
   */
  readonly skipLocked: boolean
  /**
   * Whether INSERT/UPDATE/DELETE … RETURNING may be common table expressions
   * of one statement: then the common create and claim are one statement
   * each (queries/one-trip.ts), one round trip to a server over the network.
   * SQLite has no such CTEs, and its statements are in-process calls anyway.
   */
  readonly dataModifyingCtes: boolean
}

export const SQLITE: DialectTraits = {
  engine: 'sqlite',
  columnTypes: { binary: 'blob', timestamp: 'integer' },
  skipLocked: false,
  dataModifyingCtes: false,
}

export const POSTGRES: DialectTraits = {
  engine: 'postgres',
  columnTypes: { binary: 'bytea', timestamp: 'bigint' },
  skipLocked: true,
  dataModifyingCtes: true,
}
