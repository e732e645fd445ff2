import type {
  Burned,
  Claimed,
  Failure,
  IdempotencyClaim,
  IdempotentInsert,
  ChunkLease,
  Locked,
  NewSecret,
  OverQuota,
  SecretAmendment,
} from '../records.js'
import type { SummaryRow } from '../queries/admin.js'
import type { WriteContext, WriteHandler } from './context.js'
import {
  addEmailTarget,
  notifyChange,
  type NotificationGate,
  type NotificationSubject,
} from '../../notifications/store/enqueue.js'
import type { BurnCause } from '../../notifications/events.js'
import type { Statements } from '../queries/index.js'
import { emitCreated, insertSecretRow, secretRow } from './secret-row.js'
import {
  limitsOf,
  release,
  releaseSecret,
  reserveInserted,
  tooLarge,
  type Limits,
} from './usage.js'

/** How much one sweep batch may do: whichever bound it reaches first ends it. */
export interface SweepBounds {
  readonly rows: number
  readonly ms: number
}

/** Rows per DELETE inside a sweep batch: the granularity at which its time bound is checked. */
const SWEEP_STEP = 50

/** Writes of secrets' lifecycle; expected outcomes are values, never errors. */
export const secretWrites = {
  /** False when the id is taken; which quota refused it when one did. */
  insert: (tx: WriteContext, a: { readonly secret: NewSecret }): Promise<boolean | OverQuota> =>
    insert(tx, a.secret),

  /**
   * Null when the secret is not available (lost race, expired, gone);
   * `Locked`, with nothing counted, before its opening time. A chunked
   * envelope's `lease` is taken with the view, in its transaction.
   */
  claim: (
    tx: WriteContext,
    a: { readonly id: string; readonly now: number; readonly lease?: ChunkLease },
  ) => claim(tx, a),

  fail: (tx: WriteContext, a: { readonly id: string; readonly now: number }) =>
    recordFailure(tx, a),

  /** The secret burned; null when it was not active (a no-op). */
  burn: (
    tx: WriteContext,
    a: { readonly id: string; readonly now: number; readonly by: BurnCause },
  ) => burn(tx, a),

  /**
   * Counts a view of link `idx` of a fan-out secret; null when the secret or
   * that link is no longer available. The view that leaves no link with views
   * finishes the secret and deletes its payload, in the same transaction.
   */
  claimLink: (
    tx: WriteContext,
    a: {
      readonly id: string
      readonly idx: number
      readonly now: number
      readonly lease?: ChunkLease
    },
  ) => claimLink(tx, a),

  /**
   * Burns link `idx` of a fan-out secret, and the secret with it when that was
   * its last link with views; null when the link was not active (a no-op).
   */
  async burnLink(
    tx: WriteContext,
    a: { readonly id: string; readonly idx: number; readonly now: number },
  ): Promise<{ readonly secretBurned: boolean } | null> {
    const { db, s } = tx
    if ((await db.rows(s.lockSecret, a)).length === 0) return null
    if ((await db.rows(s.burnLink, a)).length === 0) return null
    if ((await linkViewsLeft(tx, a.id)) > 0) return { secretBurned: false }
    await burn(tx, { id: a.id, now: a.now, by: 'receipt' })
    return { secretBurned: true }
  },

  /** Rows deleted. */
  sweep: (tx: WriteContext, a: { readonly now: number; readonly bounds: SweepBounds }) =>
    sweepExpired(tx, a.now, a.bounds),

  insertOnce: (
    tx: WriteContext,
    a: { readonly secret: NewSecret; readonly claim: IdempotencyClaim },
  ): Promise<IdempotentInsert> => insertOnce(tx, a.secret, a.claim),

  /** The amended secret; null when it is no longer live or the views do not fit. */
  async amend(
    tx: WriteContext,
    a: { readonly amendment: SecretAmendment },
  ): Promise<SummaryRow | null> {
    const { id, expiresAt, maxViews, now } = a.amendment
    const [row] = await tx.db.rows(tx.s.amendSecret, {
      id,
      expires_at: expiresAt,
      max_views: maxViews,
      now,
    })
    if (!row) return null
    tx.emit({ type: 'amended', id, at: now, expiresAt, maxViews })
    return row
  },

  sweepIdempotency: (
    tx: WriteContext,
    a: { readonly before: number; readonly limit: number },
  ): Promise<number> => tx.db.run(tx.s.sweepIdempotencyKeys, a),
} satisfies Record<string, WriteHandler>

/**
 * Takes the idempotency key and inserts the secret in one transaction: of
 * concurrent requests with one key, exactly one takes it (the primary key
 * decides, on either engine) and creates the secret; the others read its answer.
 */
async function insertOnce(
  tx: WriteContext,
  secret: NewSecret,
  claim: IdempotencyClaim,
): Promise<IdempotentInsert> {
  const { db, s } = tx
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
  const inserted = await insert(tx, secret)
  if (inserted === true) return { outcome: 'created' }
  // Nothing was created, so a retry (with a new id, or once there is room) may use the key.
  await db.run(s.releaseIdempotencyKey, key)
  return inserted === false ? { outcome: 'id_taken' } : { outcome: 'over_quota', ...inserted }
}

/**
 * Deletes expired rows (payloads cascade) a step at a time until `bounds`
 * is reached or none are left; resolves to the rows deleted, 0 once none are.
 * Each deleted row is one `expired` event, so a batch's events are bounded too.
 */
async function sweepExpired(tx: WriteContext, now: number, bounds: SweepBounds): Promise<number> {
  const started = performance.now()
  let total = 0
  while (total < bounds.rows) {
    const limit = Math.min(SWEEP_STEP, bounds.rows - total)
    const deleted = await tx.db.rows(tx.s.deleteExpired, { now, limit })
    for (const row of deleted) {
      tx.emit({ type: 'expired', id: row.id, at: now, expiresAt: row.expires_at, state: row.state })
      // Only a secret that could still be opened expires; the others already ended.
      if (row.state === 'active') {
        const subject = { owner: row.owner, createdAt: row.created_at, expiresAt: row.expires_at }
        await notifyChange(tx.db, tx.s, {
          type: 'secret.expired',
          secretId: row.id,
          at: now,
          viewsLeft: 0,
          subject,
        })
      }
    }
    await release(
      tx,
      deleted.filter((row) => row.state === 'active' || row.state === 'uploading'),
    )
    total += deleted.length
    if (deleted.length < limit || performance.now() - started >= bounds.ms) break
  }
  return total
}

async function burn(
  tx: WriteContext,
  a: { readonly id: string; readonly now: number; readonly by: BurnCause },
): Promise<Burned | null> {
  const { db, s } = tx
  const [row] = await db.rows(s.burn, { id: a.id, now: a.now })
  if (!row) return null
  await deleteCiphertext(tx, a.id)
  // A fan-out secret's links that were still waiting are burned with it.
  await db.run(s.burnLinks, { id: a.id, now: a.now })
  await notifyChange(db, s, {
    type: 'secret.burned',
    secretId: a.id,
    at: a.now,
    viewsLeft: 0,
    cause: a.by,
  })
  await releaseSecret(tx, a.id)
  tx.emit({ type: 'burned', id: a.id, at: a.now, cause: 'request' })
  return { id: a.id, createdAt: row.created_at, expiresAt: row.expires_at }
}

async function insert(tx: WriteContext, secret: NewSecret): Promise<boolean | OverQuota> {
  const { db, s } = tx
  const size = secret.envelope.length
  if (s.insertWhole && !secret.links?.length && !secret.notifyEmail) {
    const limits = limitsOf(secret.quota)
    // Too large for a limit on its own: refused below without a reservation, as always.
    if (!tooLarge(secret.owner, size, limits)) return insertWhole(tx, s.insertWhole, secret, limits)
  }
  if (!(await insertSecretRow(db, s, secret, 'active', size))) return false
  await db.run(s.insertPayload, { id: secret.id, envelope: secret.envelope })
  if (secret.notifyEmail)
    await addEmailTarget(db, s, {
      secretId: secret.id,
      ...secret.notifyEmail,
      now: secret.createdAt,
    })
  const refused = await reserveInserted(tx, secret, size)
  if (refused) return refused
  emitCreated(tx, secret)
  return true
}

/**
 * The common create in one statement (queries/one-trip.ts): row, payload and
 * reservation; a refusal is undone in the same transaction, as `insert` does.
 */
async function insertWhole(
  tx: WriteContext,
  statement: NonNullable<Statements['insertWhole']>,
  secret: NewSecret,
  limits: Limits,
): Promise<boolean | OverQuota> {
  const size = secret.envelope.length
  const [row] = await tx.db.rows(statement, {
    ...secretRow(secret, 'active', size),
    envelope: secret.envelope,
    instance_limit: limits.instance,
    owner_limit: limits.owner,
  })
  if (!row?.inserted) return false
  const refused = await reserveInserted(tx, secret, size, {
    instance: Boolean(row.instance),
    owner: secret.owner === null ? null : Boolean(row.owner),
  })
  if (refused) return refused
  emitCreated(tx, secret)
  return true
}

/** Whichever form the ciphertext has: one payload row, or chunk rows of a streamed upload. */
async function deleteCiphertext({ db, s }: WriteContext, id: string): Promise<void> {
  await db.run(s.deletePayload, { id })
  await db.run(s.dropChunks, { id })
}

async function claim(
  tx: WriteContext,
  {
    id,
    now,
    lease,
  }: { readonly id: string; readonly now: number; readonly lease?: ChunkLease | undefined },
): Promise<Claimed | Locked | null> {
  const { db, s } = tx
  if (s.claimView) {
    // One statement counts the view, takes or reads the payload, frees the
    // last view's bytes and asks the notification gate (queries/one-trip.ts).
    const [view] = await db.rows(s.claimView, { id, now })
    if (!view) return lockedUntil(tx, id, now)
    const viewsLeft = view.max_views - view.views
    return serveView(tx, { id, now, lease }, viewsLeft, viewsLeft, {
      envelope: view.envelope,
      ...listeners(view),
    })
  }
  const [counted] = await db.rows(s.countView, { id, now })
  if (!counted) return lockedUntil(tx, id, now)
  const viewsLeft = counted.max_views - counted.views
  return serveView(tx, { id, now, lease }, viewsLeft, viewsLeft, {
    ...(await takePayload(tx, id, viewsLeft, counted)),
    ...listeners(counted),
  })
}

/** Who may hear of a view, and what they are told, from the row that counted it. */
function listeners(
  counted: NotificationGate & {
    readonly owner: string | null
    readonly created_at: number
    readonly expires_at: number
  },
): Required<Pick<Taken, 'gate' | 'subject'>> {
  return {
    gate: counted,
    subject: { owner: counted.owner, createdAt: counted.created_at, expiresAt: counted.expires_at },
  }
}

async function claimLink(
  tx: WriteContext,
  a: {
    readonly id: string
    readonly idx: number
    readonly now: number
    readonly lease?: ChunkLease | undefined
  },
): Promise<Claimed | Locked | null> {
  const { db, s } = tx
  // The secret's row first, then the link: see queries/links.ts.
  if ((await db.rows(s.lockSecret, a)).length === 0) return null
  // Under the secret's lock, so the opening time read here is the one the view is counted against.
  const locked = await lockedUntil(tx, a.id, a.now)
  if (locked) return locked
  const [counted] = await db.rows(s.countLinkView, a)
  if (!counted) return null
  // The secret counts every view too (its max_views is its links' sum), for receipts and admins.
  const [secret] = await db.rows(s.countView, a)
  if (!secret) throw new Error('a locked secret changed')
  const secretViewsLeft = await linkViewsLeft(tx, a.id)
  // Burned links leave views unused: the last link used up finishes the secret all the same.
  if (secretViewsLeft === 0) await db.run(s.finishViewed, a)
  const taken = await takePayload(tx, a.id, secretViewsLeft, secret)
  return serveView(tx, a, counted.max_views - counted.views, secretViewsLeft, {
    ...taken,
    ...listeners(secret),
  })
}

async function linkViewsLeft({ db, s }: WriteContext, id: string): Promise<number> {
  const [row] = await db.rows(s.linkViewsLeft, { id })
  return Number(row?.left ?? 0)
}

/** What a counted view took: the payload's envelope (null: chunks), and what it read on the way. */
interface Taken {
  readonly envelope: Uint8Array | null
  readonly gate?: NotificationGate
  readonly subject?: NotificationSubject
}

/**
 * The payload of a view just counted: deleted, with the bytes the secret
 * reserved (`counted`, its row as the view left it) given back, when
 * `secretViewsLeft` is 0; read otherwise.
 */
async function takePayload(
  tx: WriteContext,
  id: string,
  secretViewsLeft: number,
  counted: { readonly owner: string | null; readonly envelope_size: number },
): Promise<Taken> {
  const { db, s } = tx
  const last = secretViewsLeft === 0
  const [payload] = await db.rows(last ? s.takePayload : s.readPayload, { id })
  if (last) await release(tx, [counted])
  return { envelope: payload?.envelope ?? null }
}

/**
 * The envelope of a view just counted: `viewsLeft` is what the claimer's link
 * has left, `secretViewsLeft` the whole secret's; at 0 the ciphertext was
 * deleted in the same transaction (`taken`).
 */
async function serveView(
  tx: WriteContext,
  {
    id,
    now,
    lease,
  }: { readonly id: string; readonly now: number; readonly lease?: ChunkLease | undefined },
  viewsLeft: number,
  secretViewsLeft: number,
  taken: Taken,
): Promise<Claimed> {
  const { db, s } = tx
  let claimed: Claimed
  if (taken.envelope) claimed = { envelope: taken.envelope, viewsLeft }
  // A streamed upload's chunks are read after the commit, under a lease taken
  // now: they go once the last download holding one has ended (endChunkLease).
  else if ((await db.rows(s.hasChunks, { id })).length > 0) {
    if (lease) await db.run(s.takeChunkLease, { id, ...lease })
    claimed = { envelope: null, viewsLeft }
  }
  // Every active secret has its ciphertext; anything else must roll the view back.
  else throw new Error('active secret without a payload')
  await notifyChange(
    db,
    s,
    {
      type: 'secret.viewed',
      secretId: id,
      at: now,
      viewsLeft: secretViewsLeft,
      ...(taken.subject ? { subject: taken.subject } : {}),
    },
    taken.gate,
  )
  tx.emit({ type: 'viewed', id, at: now, viewsLeft: secretViewsLeft })
  return claimed
}

async function recordFailure(
  tx: WriteContext,
  { id, now }: { readonly id: string; readonly now: number },
): Promise<Failure | Locked | null> {
  const [counted] = await tx.db.rows(tx.s.countFailure, { id, now })
  if (!counted) return lockedUntil(tx, id, now)
  const remaining = counted.max_failures - counted.fail_count
  tx.emit({ type: 'passphrase_failed', id, at: now, attemptsLeft: remaining })
  if (remaining === 0) {
    await deleteCiphertext(tx, id)
    await notifyChange(tx.db, tx.s, {
      type: 'secret.passphrase_exhausted',
      secretId: id,
      at: now,
      viewsLeft: 0,
    })
    await releaseSecret(tx, id)
    tx.emit({ type: 'burned', id, at: now, cause: 'passphrase_failures' })
  }
  return { remaining }
}

/**
 * Why a conditional update of a live secret matched nothing: still locked
 * (its opening time, read in the update's transaction) or not available.
 */
async function lockedUntil(
  { db, s }: WriteContext,
  id: string,
  now: number,
): Promise<Locked | null> {
  const [row] = await db.rows(s.findLocked, { id, now })
  return row?.not_before == null ? null : { opensAt: row.not_before }
}
