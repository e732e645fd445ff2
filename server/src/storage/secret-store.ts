import type { StorageDriver } from './driver.js'
import type { SweepBounds } from './write-ops.js'
import type {
  ActiveSecret,
  Appended,
  Claimed,
  Failure,
  NewSecret,
  NewUpload,
  OpenUpload,
  ReceiptRecord,
  UploadPart,
} from './records.js'

export type { SweepBounds } from './write-ops.js'
export type {
  ActiveSecret,
  Appended,
  Claimed,
  Failure,
  NewSecret,
  NewUpload,
  OpenUpload,
  ReceiptRecord,
  UploadPart,
} from './records.js'

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
  /**
   * Deletes rows past their expiry (payloads go with them) until `bounds`
   * is reached; returns the count, 0 once none are left.
   */
  deleteExpired(now: number, bounds: SweepBounds): Promise<number>
  /** Declares a streamed upload (state `uploading`); false when the id is taken. */
  declareUpload(upload: NewUpload): Promise<boolean>
  /** An upload still open: uploading, unexpired and created after `since`. */
  findUpload(id: string, now: number, since: number): Promise<OpenUpload | undefined>
  /** Stores a part at its offset; undefined when the upload is not open. */
  appendPart(part: UploadPart): Promise<Appended | undefined>
  /** Deletes an upload that is not complete, with what it stored. */
  abortUpload(id: string): Promise<void>
  /** Chunk `seq` of a streamed envelope; undefined once deleted. */
  readChunk(id: string, seq: number): Promise<Uint8Array | undefined>
  /** Every chunk of a streamed envelope, in order: only for envelopes small enough for JSON. */
  readChunks(id: string): Promise<Uint8Array[]>
  /** Deletes the chunks of a secret nobody can claim any more (after its last download). */
  releaseChunks(id: string): Promise<void>
  /**
   * Deletes uploads created at or before `since` that never completed, and the
   * chunks of secrets that left `active` at or before `finishedBefore`.
   */
  sweepUploads(since: number, finishedBefore: number, limit: number): Promise<number>
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

    deleteExpired: (now, bounds) => writer.submit({ kind: 'sweep', now, bounds }),

    declareUpload: (upload) => writer.submit({ kind: 'declare', upload }),

    async findUpload(id, now, since) {
      const [row] = await reader.rows(s.findUpload, { id, now, since })
      if (!row) return undefined
      return {
        header: row.header,
        size: row.envelope_size,
        received: row.received,
        uploadVerifier: row.upload_verifier,
      }
    },

    async appendPart(part) {
      return (await writer.submit({ kind: 'append', part })) ?? undefined
    },

    async abortUpload(id) {
      await writer.submit({ kind: 'abortUpload', id })
    },

    async readChunk(id, seq) {
      const [row] = await reader.rows(s.readChunk, { id, seq })
      return row?.data
    },

    async readChunks(id) {
      return (await reader.rows(s.readChunks, { id })).map((row) => row.data)
    },

    async releaseChunks(id) {
      await writer.submit({ kind: 'dropChunks', id })
    },

    sweepUploads: (since, finishedBefore, limit) =>
      writer.submit({ kind: 'sweepUploads', since, finishedBefore, limit }),

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
