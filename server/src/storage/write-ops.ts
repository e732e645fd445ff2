import type { Executor } from './executor.js'
import { applyKeyWrite, isKeyWrite, type KeyWriteOp, type KeyWriteResults } from './key-ops.js'
import type {
  Claimed,
  Failure,
  IdempotencyClaim,
  IdempotentInsert,
  NewSecret,
  SecretAmendment,
} from './records.js'
import type { SummaryRow } from './admin-statements.js'
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
  | { readonly kind: 'insertOnce'; readonly secret: NewSecret; readonly claim: IdempotencyClaim }
  | { readonly kind: 'amend'; readonly amendment: SecretAmendment }
  | { readonly kind: 'sweepIdempotency'; readonly before: number; readonly limit: number }
  | UploadWriteOp
  | KeyWriteOp

/** How much one sweep batch may do: whichever bound it reaches first ends it. */
export interface SweepBounds {
  readonly rows: number
  readonly ms: number
}

/** Rows per DELETE inside a sweep batch: the granularity at which its time bound is checked. */
const SWEEP_STEP = 50

/** What each kind of write resolves to; expected outcomes are values, never errors. */
export interface WriteResults extends UploadWriteResults, KeyWriteResults {
  /** False when the id is taken. */
  insert: boolean
  /** Null when the secret is not available (lost race, expired, gone). */
  claim: Claimed | null
  fail: Failure | null
  burn: null
  /** Rows deleted. */
  sweep: number
  insertOnce: IdempotentInsert
  /** The amended secret; null when it is no longer live or the views do not fit. */
  amend: SummaryRow | null
  sweepIdempotency: number
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
    case 'insertOnce':
      return insertOnce(db, s, op.secret, op.claim)
    case 'amend': {
      const { id, expiresAt, maxViews, now } = op.amendment
      const [row] = await db.rows(s.amendSecret, {
        id,
        expires_at: expiresAt,
        max_views: maxViews,
        now,
      })
      return row ?? null
    }
    case 'sweepIdempotency':
      return db.run(s.sweepIdempotencyKeys, op)
    default:
      return isKeyWrite(op) ? applyKeyWrite(db, s, op) : applyUploadWrite(db, s, op)
  }
}

/**
 * Takes the idempotency key and inserts the secret in one transaction: of
 * concurrent requests with one key, exactly one takes it (the primary key
 * decides, on either engine) and creates the secret; the others read its answer.
 */
async function insertOnce(
  db: Executor,
  s: Statements,
  secret: NewSecret,
  claim: IdempotencyClaim,
): Promise<IdempotentInsert> {
  const key = { principal: claim.principal, key: claim.key }
  const [taken] = await db.rows(s.claimIdempotencyKey, {
    ...key,
    request_hash: claim.requestHash,
    response: claim.response,
    created_at: claim.now,
    stale_before: claim.staleBefore,
  })
  if (!taken) {
    const [earlier] = await db.rows(s.findIdempotencyKey, key)
    // Only a stale row can be replaced or swept, and the claim would have taken that.
    if (!earlier) throw new Error('an idempotency key vanished while it was held')
    return { outcome: 'earlier', requestHash: earlier.request_hash, response: earlier.response }
  }
  if (await insert(db, s, secret)) return { outcome: 'created' }
  // Nothing was created, so a retry with a new id may use the key.
  await db.run(s.releaseIdempotencyKey, key)
  return { outcome: 'id_taken' }
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
