import { sql, type Kysely } from 'kysely'
import type { Claimed, Failure, NewSecret } from './records.js'
import type { Database } from './schema.js'

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
export async function applyWrite(db: Kysely<Database>, op: WriteOp): Promise<WriteResult> {
  switch (op.kind) {
    case 'insert':
      return insert(db, op.secret)
    case 'claim':
      return claim(db, op.id, op.now)
    case 'fail':
      return recordFailure(db, op.id, op.now)
    case 'burn':
      await burn(db, op.id, op.now)
      return null
    case 'sweep':
      return deleteExpired(db, op.now, op.limit)
  }
}

async function insert(db: Kysely<Database>, secret: NewSecret): Promise<boolean> {
  // DO NOTHING instead of an error: a duplicate must not abort the rest of its batch.
  const inserted = await db
    .insertInto('secrets')
    .values({
      id: secret.id,
      state: 'active',
      kind: secret.kind,
      envelope_size: secret.envelope.length,
      header: secret.header,
      access_verifier: secret.accessVerifier,
      pass_verifier: secret.passVerifier,
      receipt_verifier: secret.receiptVerifier,
      max_views: secret.maxViews,
      views: 0,
      fail_count: 0,
      max_failures: secret.maxFailures,
      created_at: secret.createdAt,
      expires_at: secret.expiresAt,
      claimed_at: null,
      state_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted) return false
  await db.insertInto('payloads').values({ id: secret.id, envelope: secret.envelope }).execute()
  return true
}

async function claim(db: Kysely<Database>, id: string, now: number): Promise<Claimed | null> {
  // The conditional UPDATE decides the winner: once the last view is counted
  // the state is no longer 'active' and later claims match nothing.
  const counted = await db
    .updateTable('secrets')
    .set({
      views: sql<number>`views + 1`,
      state: sql`case when views + 1 >= max_views then 'viewed' else state end`,
      state_at: sql`case when views + 1 >= max_views then ${now} else state_at end`,
      claimed_at: now,
    })
    .where('id', '=', id)
    .where('state', '=', 'active')
    .where('expires_at', '>', now)
    .returning(['views', 'max_views'])
    .executeTakeFirst()
  if (!counted) return null
  const viewsLeft = counted.max_views - counted.views
  const payload =
    viewsLeft === 0
      ? await db
          .deleteFrom('payloads')
          .where('id', '=', id)
          .returning('envelope')
          .executeTakeFirst()
      : await db.selectFrom('payloads').select('envelope').where('id', '=', id).executeTakeFirst()
  // Every active secret has its payload; anything else must roll the view back.
  if (!payload) throw new Error('active secret without a payload')
  return { envelope: payload.envelope, viewsLeft }
}

async function recordFailure(
  db: Kysely<Database>,
  id: string,
  now: number,
): Promise<Failure | null> {
  const counted = await db
    .updateTable('secrets')
    .set({
      fail_count: sql<number>`fail_count + 1`,
      state: sql`case when fail_count + 1 >= max_failures then 'burned_failures' else state end`,
      state_at: sql`case when fail_count + 1 >= max_failures then ${now} else state_at end`,
    })
    .where('id', '=', id)
    .where('state', '=', 'active')
    .where('expires_at', '>', now)
    .returning(['fail_count', 'max_failures'])
    .executeTakeFirst()
  if (!counted) return null
  const remaining = counted.max_failures - counted.fail_count
  if (remaining === 0) await db.deleteFrom('payloads').where('id', '=', id).execute()
  return { remaining }
}

async function burn(db: Kysely<Database>, id: string, now: number): Promise<void> {
  const burned = await db
    .updateTable('secrets')
    .set({ state: 'burned', state_at: now })
    .where('id', '=', id)
    .where('state', '=', 'active')
    .where('expires_at', '>', now)
    .returning('id')
    .executeTakeFirst()
  if (burned) await db.deleteFrom('payloads').where('id', '=', id).execute()
}

/** Payloads go with their rows (ON DELETE CASCADE). */
async function deleteExpired(db: Kysely<Database>, now: number, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('secrets')
    .where('id', 'in', (eb) =>
      eb.selectFrom('secrets').select('id').where('expires_at', '<=', now).limit(limit),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
