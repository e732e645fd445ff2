import { sql, type Kysely } from 'kysely'
import type { StorageDriver } from './driver.js'
import type { Database, InsertableSecretRow, SecretState } from './schema.js'
import { WriteBatcher } from './write-batcher.js'

export interface NewSecret {
  readonly id: string
  readonly kind: number
  readonly header: Uint8Array
  readonly envelope: Uint8Array
  readonly accessVerifier: Uint8Array
  readonly passVerifier: Uint8Array | null
  readonly receiptVerifier: Uint8Array | null
  readonly maxViews: number
  readonly maxFailures: number
  readonly createdAt: number
  readonly expiresAt: number
}

/** An active secret as the metadata endpoint and the claim gate see it. */
export interface ActiveSecret {
  readonly kind: number
  readonly header: Uint8Array
  readonly envelopeSize: number
  readonly viewsLeft: number
  readonly expiresAt: number
  readonly accessVerifier: Uint8Array
  readonly passVerifier: Uint8Array | null
}

export interface Claimed {
  readonly envelope: Uint8Array
  readonly viewsLeft: number
}

export interface Failure {
  /** Attempts left; 0 means this failure burned the secret. */
  readonly remaining: number
}

export interface ReceiptRecord {
  readonly state: SecretState
  readonly receiptVerifier: Uint8Array | null
  readonly createdAt: number
  readonly expiresAt: number
  readonly maxViews: number
  readonly views: number
  readonly failures: number
  readonly claimedAt: number | null
}

/**
 * Every read and write of secrets. Reads filter on `expires_at > now` with the
 * caller's clock, so expiry never depends on the sweeper. Writes go through
 * group commit and resolve only after their transaction has committed.
 */
export interface SecretStore {
  /** False when the id is already taken (including by a tombstone). */
  insert(secret: NewSecret): Promise<boolean>
  findActive(id: string, now: number): Promise<ActiveSecret | undefined>
  /** Counts one view atomically; undefined when the secret is no longer available. */
  claim(id: string, now: number): Promise<Claimed | undefined>
  /** Counts one wrong passphrase atomically, burning the secret on the last one. */
  recordFailure(id: string, now: number): Promise<Failure | undefined>
  /** The state row regardless of state or expiry, for receipts. */
  findReceipt(id: string): Promise<ReceiptRecord | undefined>
  /** Burns an active secret; a no-op for any other state. */
  burn(id: string, now: number): Promise<void>
  /** Deletes up to `limit` rows past their expiry (payloads go with them); returns the count. */
  deleteExpired(now: number, limit: number): Promise<number>
  ping(): Promise<void>
  checkpoint(): Promise<void>
  /** Waits for queued writes, checkpoints and closes. */
  close(): Promise<void>
}

export function createSecretStore(driver: StorageDriver): SecretStore {
  const { db } = driver
  const writes = new WriteBatcher(db, driver.writeBatchSize)
  let closed: Promise<void> | null = null

  return {
    insert(secret) {
      const row: InsertableSecretRow = {
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
      }
      return writes.run(async (trx) => {
        // DO NOTHING instead of an error: a duplicate must not abort the rest of its batch.
        const inserted = await trx
          .insertInto('secrets')
          .values(row)
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst()
        if (!inserted) return false
        await trx
          .insertInto('payloads')
          .values({ id: secret.id, envelope: secret.envelope })
          .execute()
        return true
      })
    },

    async findActive(id, now) {
      const row = await db
        .selectFrom('secrets')
        .select([
          'kind',
          'header',
          'envelope_size',
          'max_views',
          'views',
          'expires_at',
          'access_verifier',
          'pass_verifier',
        ])
        .where('id', '=', id)
        .where('state', '=', 'active')
        .where('expires_at', '>', now)
        .executeTakeFirst()
      if (!row) return undefined
      return {
        kind: row.kind,
        header: row.header,
        envelopeSize: row.envelope_size,
        viewsLeft: row.max_views - row.views,
        expiresAt: row.expires_at,
        accessVerifier: row.access_verifier,
        passVerifier: row.pass_verifier,
      }
    },

    claim(id, now) {
      return writes.run(async (trx) => {
        // The conditional UPDATE decides the winner: once the last view is
        // counted the state is no longer 'active' and later claims match nothing.
        const counted = await trx
          .updateTable('secrets')
          .set({
            views: sql`views + 1`,
            state: sql`case when views + 1 >= max_views then 'viewed' else state end`,
            state_at: sql`case when views + 1 >= max_views then ${now} else state_at end`,
            claimed_at: now,
          })
          .where('id', '=', id)
          .where('state', '=', 'active')
          .where('expires_at', '>', now)
          .returning(['views', 'max_views'])
          .executeTakeFirst()
        if (!counted) return undefined
        const viewsLeft = counted.max_views - counted.views
        const payload =
          viewsLeft === 0
            ? await trx
                .deleteFrom('payloads')
                .where('id', '=', id)
                .returning('envelope')
                .executeTakeFirst()
            : await trx
                .selectFrom('payloads')
                .select('envelope')
                .where('id', '=', id)
                .executeTakeFirst()
        // Every active secret has its payload; anything else must roll the view back.
        if (!payload) throw new Error('active secret without a payload')
        return { envelope: payload.envelope, viewsLeft }
      })
    },

    recordFailure(id, now) {
      return writes.run(async (trx) => {
        const counted = await trx
          .updateTable('secrets')
          .set({
            fail_count: sql`fail_count + 1`,
            state: sql`case when fail_count + 1 >= max_failures then 'burned_failures' else state end`,
            state_at: sql`case when fail_count + 1 >= max_failures then ${now} else state_at end`,
          })
          .where('id', '=', id)
          .where('state', '=', 'active')
          .where('expires_at', '>', now)
          .returning(['fail_count', 'max_failures'])
          .executeTakeFirst()
        if (!counted) return undefined
        const remaining = counted.max_failures - counted.fail_count
        if (remaining === 0) await deletePayload(trx, id)
        return { remaining }
      })
    },

    async findReceipt(id) {
      const row = await db
        .selectFrom('secrets')
        .select([
          'state',
          'receipt_verifier',
          'created_at',
          'expires_at',
          'max_views',
          'views',
          'fail_count',
          'claimed_at',
        ])
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row) return undefined
      return {
        state: row.state,
        receiptVerifier: row.receipt_verifier,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        maxViews: row.max_views,
        views: row.views,
        failures: row.fail_count,
        claimedAt: row.claimed_at,
      }
    },

    burn(id, now) {
      return writes.run(async (trx) => {
        const burned = await trx
          .updateTable('secrets')
          .set({ state: 'burned', state_at: now })
          .where('id', '=', id)
          .where('state', '=', 'active')
          .where('expires_at', '>', now)
          .returning('id')
          .executeTakeFirst()
        if (burned) await deletePayload(trx, id)
      })
    },

    async deleteExpired(now, limit) {
      const result = await db
        .deleteFrom('secrets')
        .where('id', 'in', (eb) =>
          eb.selectFrom('secrets').select('id').where('expires_at', '<=', now).limit(limit),
        )
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },

    async ping() {
      await sql`select 1`.execute(db)
    },

    checkpoint: () => driver.checkpoint(),

    close() {
      closed ??= (async () => {
        await writes.idle()
        try {
          await driver.checkpoint()
        } finally {
          await driver.close()
        }
      })()
      return closed
    },
  }
}

async function deletePayload(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('payloads').where('id', '=', id).execute()
}
