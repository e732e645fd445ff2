import type { StorageDriver } from './driver.js'
import type { ActiveSecret, Claimed, Failure, NewSecret, ReceiptRecord } from './records.js'

export type { ActiveSecret, Claimed, Failure, NewSecret, ReceiptRecord } from './records.js'

/**
 * Every read and write of secrets. Reads filter on `expires_at > now` with the
 * caller's clock, so expiry never depends on the sweeper. Writes are
 * group-committed and resolve only after their transaction has committed.
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
  /** Burns an active secret; a no-op in any other state. */
  burn(id: string, now: number): Promise<void>
  /** Deletes up to `limit` rows past their expiry (payloads go with them); returns the count. */
  deleteExpired(now: number, limit: number): Promise<number>
  /** Fails unless both reading and writing work. */
  ping(): Promise<void>
  checkpoint(): Promise<void>
  /** Waits for queued writes, checkpoints and closes. */
  close(): Promise<void>
}

export function createSecretStore(driver: StorageDriver): SecretStore {
  const { reader, writer, statements: s } = driver
  let closed: Promise<void> | null = null
  return {
    insert: (secret) => writer.submit({ kind: 'insert', secret }),

    async findActive(id, now) {
      const [row] = await reader.rows(s.findActive, { id, now })
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

    async claim(id, now) {
      return (await writer.submit({ kind: 'claim', id, now })) ?? undefined
    },

    async recordFailure(id, now) {
      return (await writer.submit({ kind: 'fail', id, now })) ?? undefined
    },

    async findReceipt(id) {
      const [row] = await reader.rows(s.findReceipt, { id })
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

    async burn(id, now) {
      await writer.submit({ kind: 'burn', id, now })
    },

    deleteExpired: (now, limit) => writer.submit({ kind: 'sweep', now, limit }),

    async ping() {
      await reader.rows(s.ping, {})
      await writer.ping()
    },

    checkpoint: () => writer.checkpoint(),

    close() {
      closed ??= driver.close()
      return closed
    },
  }
}
