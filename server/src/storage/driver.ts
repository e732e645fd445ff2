import type { Executor } from './executor.js'
import type { Writer } from './commit/group-commit.js'
import type { Statements } from './queries/index.js'

/**
 * What differs between database engines: how statements reach the database,
 * and the operator capabilities each engine provides its own way. The
 * statements themselves are dialect-neutral (queries/, compiled by each
 * engine's kysely dialect); nothing outside storage/ asks which engine it is.
 */
export interface StorageDriver {
  readonly statements: Statements
  /** Single-statement reads, never inside a write transaction. */
  readonly reader: Executor
  /** Every write, group-committed. */
  readonly writer: Writer
  /** Shipped migrations the database has not applied (readiness). */
  pendingMigrations(): Promise<string[]>
  /** Space the database takes. */
  footprint(): Promise<StorageFootprint>
  /** A consistent copy in a new file, taken while the server runs (`hushlink-admin backup`). */
  backup(target: string, now: number): Promise<BackupSummary>
  /** Waits for queued writes, checkpoints and releases every connection. */
  close(): Promise<void>
}

/** Null where the engine has no such thing (PostgreSQL keeps its WAL and free space to itself). */
export interface StorageFootprint {
  /** The database file, or the relations of this schema. */
  readonly bytes: number
  readonly walBytes: number | null
  readonly freeBytes: number | null
}

/** What a backup copy holds, read back from the copy itself. */
export interface BackupSummary {
  readonly bytes: number
  readonly active: number
  readonly ciphertextBytes: number
}
