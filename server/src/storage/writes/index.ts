import type { StoreEvent } from '../events.js'
import type { Executor } from '../executor.js'
import type { Statements } from '../queries/index.js'
import type { WriteContext, WriteHandler } from './context.js'
import { keyWrites } from './keys.js'
import { notificationWrites } from './notifications.js'
import { requestWrites } from './requests.js'
import { secretWrites } from './secrets.js'
import { uploadWrites } from './uploads.js'

export type { SweepBounds } from './secrets.js'

/**
 * Every kind of change to the database, declared once: a handler named by
 * its kind. The op union and the result types below are derived from this
 * table, so a new write is one more entry (in the module of its subject).
 * `applyWrite` is the only code that writes.
 */
const WRITES = {
  ...secretWrites,
  ...uploadWrites,
  ...keyWrites,
  ...notificationWrites,
  ...requestWrites,
} satisfies Record<string, WriteHandler>
type Writes = typeof WRITES

export type WriteKind = keyof Writes

/** A write as plain data, so it can be queued, batched and sent to a writer thread. */
export type WriteOp = {
  [K in WriteKind]: { readonly kind: K } & Parameters<Writes[K]>[1]
}[WriteKind]

/** What each kind of write resolves to; expected outcomes are values, never errors. */
export type WriteResults = { [K in WriteKind]: Awaited<ReturnType<Writes[K]>> }
export type WriteResult = WriteResults[WriteKind]

/**
 * Housekeeping writes delete many rows, with every freed page overwritten
 * (secure_delete): each commits in a transaction of its own, so a request's
 * write never waits inside a sweep's transaction, only between two of them.
 */
export function commitsAlone(op: WriteOp): boolean {
  return op.kind === 'sweep' || op.kind === 'sweepUploads' || op.kind === 'sweepRequests'
}

/**
 * The bytes of ciphertext a write adds, or null for a write that adds none.
 * Only these are refused when the database is nearly full (sqlite/reserve.ts):
 * the others (views, burns, sweeps) free space, or write a few rows, and must
 * keep working then. A declaration counts the size it will be sent.
 */
export function addedCiphertext(op: WriteOp): number | null {
  switch (op.kind) {
    case 'insert':
    case 'insertOnce':
      return op.secret.envelope.byteLength
    case 'declare':
      return op.upload.size
    case 'append':
      return op.part.data.byteLength
    case 'answerRequest':
      return op.answer.secret.envelope.byteLength
    case 'createRequest':
      return 0
    default:
      return null
  }
}

/**
 * Runs one write inside the caller's transaction; the changes it made are
 * pushed to `events`, which the caller publishes only if that transaction commits.
 */
export function applyWrite(
  db: Executor,
  s: Statements,
  op: WriteOp,
  events: StoreEvent[],
): Promise<WriteResult> {
  const tx: WriteContext = { db, s, emit: (event) => events.push(event) }
  // The derived WriteOp pairs each kind with its handler's arguments.
  return WRITES[op.kind](tx, op as never)
}

/** Bytes of upload parts in a batch: buffers the writer thread is done with once it committed. */
export function partBytes(ops: readonly WriteOp[]): number {
  return ops.reduce((sum, op) => sum + (op.kind === 'append' ? op.part.data.byteLength : 0), 0)
}
