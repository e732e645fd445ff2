import type { Executor } from './executor.js'
import type { Claimed, Failure, NewSecret } from './records.js'
import type { Statements } from './statements.js'

/**
 * Every change to the database, as plain data so it can be queued, batched
 * and sent to a writer thread. `applyWrite` is the only code that writes.
 */
export type WriteOp =
  | { readonly kind: 'insert'; readonly secret: NewSecret }
  | { readonly kind: 'claim'; readonly id: string; readonly now: number }
  | { readonly kind: 'fail'; readonly id: string; readonly now: number }
  | { readonly kind: 'burn'; readonly id: string; readonly now: number }
  | { readonly kind: 'sweep'; readonly now: number; readonly limit: number }

/** What each kind of write resolves to; expected outcomes are values, never errors. */
export interface WriteResults {
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
      if ((await db.rows(s.burn, op)).length > 0) await db.run(s.deletePayload, op)
      return null
    case 'sweep':
      return db.run(s.deleteExpired, op)
  }
}

async function insert(db: Executor, s: Statements, secret: NewSecret): Promise<boolean> {
  const inserted = await db.rows(s.insertSecret, {
    id: secret.id,
    kind: secret.kind,
    envelope_size: secret.envelope.length,
    header: secret.header,
    access_verifier: secret.accessVerifier,
    pass_verifier: secret.passVerifier,
    receipt_verifier: secret.receiptVerifier,
    max_views: secret.maxViews,
    max_failures: secret.maxFailures,
    created_at: secret.createdAt,
    expires_at: secret.expiresAt,
  })
  if (inserted.length === 0) return false
  await db.run(s.insertPayload, { id: secret.id, envelope: secret.envelope })
  return true
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
  // Every active secret has its payload; anything else must roll the view back.
  if (!payload) throw new Error('active secret without a payload')
  return { envelope: payload.envelope, viewsLeft }
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
  if (remaining === 0) await db.run(s.deletePayload, { id })
  return { remaining }
}
