import type { StoreEvent } from '../events.js'
import type { Executor } from '../executor.js'
import type { Statements } from '../queries/index.js'

/**
 * What a write handler gets: the transaction's executor and statements, and
 * `emit` for the changes it made. Everything a handler runs through `db` is
 * part of the same transaction as the change itself, which is where a
 * transactional outbox row belongs (see docs/architecture.md); `emit`ted
 * events are published only once that transaction committed.
 */
export interface WriteContext {
  readonly db: Executor
  readonly s: Statements
  emit(event: StoreEvent): void
}

/** One kind of write: its arguments are plain data (queued, batched, sent to a writer thread). */
export type WriteHandler = (tx: WriteContext, args: never) => Promise<unknown>
