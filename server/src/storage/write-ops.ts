import type { Executor } from './executor.js'
import type { Claimed, Failure, NewSecret } from './records.js'
import { insertSecretRow } from './secret-row.js'
import type { Statements } from './statements.js'
import { applyUploadWrite, type UploadWriteOp, type UploadWriteResults } from './upload-ops.js'

/**
 * Every change to the database, as plain data so it can be queued, batched
 * and sent to a writer thread. `applyWrite` is the only code that writes.
 */
export type WriteOp =
  | { readonly kind: 'insert'; readonly secret: NewSecret }
  | { readonly kind: 'claim'; readonly id: string; readonly now: number }
  | { readonly kind: 'fail'; readonly id: string; readonly now: number }
  | { readonly kind: 'burn'; readonly id: string; readonly now: number }
  | { readonly kind: 'sweep'; readonly now: number; readonly bounds: SweepBounds }
  | UploadWriteOp

/** How much one sweep batch may do: whichever bound it reaches first ends it. */
export interface SweepBounds {
  readonly rows: number
  readonly ms: number
}

/** Rows per DELETE inside a sweep batch: the granularity at which its time bound is checked. */
const SWEEP_STEP = 50

/** What each kind of write resolves to; expected outcomes are values, never errors. */
export interface WriteResults extends UploadWriteResults {
  /** False when the id is taken. */
  insert: boolean
  /** Null when the secret is not available (lost race, expired, gone). */
  claim: Claimed | null
  fail: Failure | null
  burn: null
  /** Rows deleted. */
  sweep: number
}

export type WriteKind = WriteOp['kind']

/**
 * Housekeeping writes delete many rows, with every freed page overwritten
 * (secure_delete): each commits in a transaction of its own, so a request's
 * write never waits inside a sweep's transaction, only between two of them.
 */
export function commitsAlone(op: WriteOp): boolean {
  return op.kind === 'sweep' || op.kind === 'sweepUploads'
}
export type WriteResult = WriteResults[WriteKind]

/** Runs one write inside the caller's transaction. */
export async function applyWrite(db: Executor, s: Statements, op: WriteOp): Promise<WriteResult> {
  switch (op.kind) {
    case 'insert':
      return insert(db, s, op.secret)
    case 'claim':
      return claim(db, s, op.id, op.now)
    case 'fail':
      return recordFailure(db, s, op.id, op.now)
    case 'burn':
      if ((await db.rows(s.burn, op)).length > 0) await deleteCiphertext(db, s, op.id)
      return null
    case 'sweep':
      return sweepExpired(db, s, op.now, op.bounds)
    default:
      return applyUploadWrite(db, s, op)
  }
}

/**
 * Deletes expired rows (payloads cascade) a step at a time until `bounds`
 * is reached or none are left; resolves to the rows deleted, 0 once none are.
 */
async function sweepExpired(
  db: Executor,
  s: Statements,
  now: number,
  bounds: SweepBounds,
): Promise<number> {
  const started = performance.now()
  let total = 0
  while (total < bounds.rows) {
    const limit = Math.min(SWEEP_STEP, bounds.rows - total)
    const deleted = await db.run(s.deleteExpired, { now, limit })
    total += deleted
    if (deleted < limit || performance.now() - started >= bounds.ms) break
  }
  return total
}

async function insert(db: Executor, s: Statements, secret: NewSecret): Promise<boolean> {
  if (!(await insertSecretRow(db, s, secret, 'active', secret.envelope.length))) return false
  await db.run(s.insertPayload, { id: secret.id, envelope: secret.envelope })
  return true
}

/** Whichever form the ciphertext has: one payload row, or chunk rows of a streamed upload. */
async function deleteCiphertext(db: Executor, s: Statements, id: string): Promise<void> {
  await db.run(s.deletePayload, { id })
  await db.run(s.dropChunks, { id })
}

async function claim(
  db: Executor,
  s: Statements,
  id: string,
  now: number,
): Promise<Claimed | null> {
  const [counted] = await db.rows(s.countView, { id, now })
  if (!counted) return null
  const viewsLeft = counted.max_views - counted.views
  // The last view deletes the ciphertext in the same transaction.
  const [payload] = await db.rows(viewsLeft === 0 ? s.takePayload : s.readPayload, { id })
  if (payload) return { envelope: payload.envelope, viewsLeft }
  // A streamed upload's chunks are read after the commit, and the last view's
  // deleted once its download ends (see secrets/chunk-release.ts).
  if ((await db.rows(s.hasChunks, { id })).length > 0) return { envelope: null, viewsLeft }
  // Every active secret has its ciphertext; anything else must roll the view back.
  throw new Error('active secret without a payload')
}

async function recordFailure(
  db: Executor,
  s: Statements,
  id: string,
  now: number,
): Promise<Failure | null> {
  const [counted] = await db.rows(s.countFailure, { id, now })
  if (!counted) return null
  const remaining = counted.max_failures - counted.fail_count
  if (remaining === 0) await deleteCiphertext(db, s, id)
  return { remaining }
}
