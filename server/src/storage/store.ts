import type { SummaryRow } from './queries/admin.js'
import type { BackupSummary, StorageDriver, StorageFootprint } from './driver.js'
import type { StoreEvent, StoreEvents } from './events.js'
import type { BurnCause } from '../notifications/events.js'
import { createFullness } from './full.js'
import { createApiKeyStore, type ApiKeyStore } from './key-store.js'
import { createNotificationStore, type NotificationStore } from './notification-store.js'
import { createRequestStore, type RequestStore } from './request-store.js'
import type { SweepBounds } from './writes/index.js'
import type {
  ActiveSecret,
  Appended,
  Burned,
  ChunkLease,
  Claimed,
  Failure,
  IdempotencyClaim,
  IdempotentInsert,
  Locked,
  LinkRecord,
  NewSecret,
  NewUpload,
  OpenUpload,
  OverQuota,
  ReceiptLinkRecord,
  ReceiptRecord,
  SecretAmendment,
  SecretListQuery,
  SecretSummary,
  StoreStats,
  UploadPart,
} from './records.js'

export type { SweepBounds } from './writes/index.js'
export type * from './records.js'
export type { ApiKeyStore } from './key-store.js'
export type { NotificationStore } from './notification-store.js'
export type { RequestStore } from './request-store.js'
export type * from './request-records.js'
export type { BackupSummary, StorageFootprint } from './driver.js'

/**
 * Every read and write of secrets. Reads filter on `expires_at > now` with the
 * caller's clock, so expiry never depends on the sweeper. Writes are
 * group-committed and resolve only after their transaction has committed.
 */
export interface SecretStore {
  /** False when the id is already taken (including by a tombstone); which quota refused it when one did. */
  insert(secret: NewSecret): Promise<boolean | OverQuota>
  /**
   * Inserts under an idempotency key, atomically: the first request with the
   * key creates the secret, every later one (concurrent ones too) gets the
   * earlier request's answer instead.
   */
  insertOnce(secret: NewSecret, claim: IdempotencyClaim): Promise<IdempotentInsert>
  /** Deletes up to `limit` remembered idempotency answers created at or before `before`. */
  sweepIdempotency(before: number, limit: number): Promise<number>
  /** A page of secrets, newest first (admin API); uploads in progress are left out. */
  listSecrets(query: SecretListQuery): Promise<SecretSummary[]>
  /** Any secret but an upload in progress, whatever its state. */
  findSecret(id: string): Promise<SecretSummary | undefined>
  /** Sets a live secret's expiry and views; undefined when it is no longer live or the views do not fit. */
  amend(amendment: SecretAmendment): Promise<SecretSummary | undefined>
  stats(now: number): Promise<StoreStats>
  readonly apiKeys: ApiKeyStore
  /** Webhook endpoints and the notification outbox (issue 16). */
  readonly notifications: NotificationStore
  /** Requests for secrets and their answers. */
  readonly requests: RequestStore
  findActive(id: string, now: number): Promise<ActiveSecret | undefined>
  /**
   * Counts one view atomically; undefined when the secret is no longer
   * available, `Locked` (nothing counted) before its opening time. `lease`
   * keeps a chunked envelope's chunks for its download.
   */
  claim(id: string, now: number, lease?: ChunkLease): Promise<Claimed | Locked | undefined>
  /** Link `index` of a fan-out secret, whatever its state. */
  findLink(id: string, index: number): Promise<LinkRecord | undefined>
  /** A fan-out secret's links in order; empty for an ordinary secret. */
  findLinks(id: string): Promise<ReceiptLinkRecord[]>
  /**
   * Counts one view of link `index` atomically (docs/protocol.md §10);
   * undefined when the secret or the link is no longer available, `Locked`
   * (nothing counted) before the secret's opening time.
   */
  claimLink(
    id: string,
    index: number,
    now: number,
    lease?: ChunkLease,
  ): Promise<Claimed | Locked | undefined>
  /** Burns one link, and its secret when no other link has views left; undefined: a no-op. */
  burnLink(
    id: string,
    index: number,
    now: number,
  ): Promise<{ readonly secretBurned: boolean } | undefined>
  /** Counts one wrong passphrase atomically, burning the secret on the last one; `Locked` counts none. */
  recordFailure(id: string, now: number): Promise<Failure | Locked | undefined>
  /** The state row regardless of state or expiry, for receipts. */
  findReceipt(id: string): Promise<ReceiptRecord | undefined>
  /** Burns an active secret (by a receipt unless `by` says the admin); a no-op (undefined) in any other state. */
  burn(id: string, now: number, by?: BurnCause): Promise<Burned | undefined>
  /**
   * Deletes rows past their expiry (payloads go with them) until `bounds`
   * is reached; returns the count, 0 once none are left.
   */
  deleteExpired(now: number, bounds: SweepBounds): Promise<number>
  /** Declares a streamed upload (state `uploading`); false when the id is taken, or the quota that refused it. */
  declareUpload(upload: NewUpload): Promise<boolean | OverQuota>
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
  /**
   * Ends a download's lease; deletes the chunks of a secret nobody can claim
   * any more once no download on any replica holds a live lease.
   */
  releaseChunks(id: string, holder: string, now: number): Promise<void>
  /**
   * Deletes uploads created at or before `since` that never completed, and the
   * chunks of secrets that left `active` at or before `finishedBefore`.
   */
  sweepUploads(since: number, finishedBefore: number, limit: number): Promise<number>
  /** Fails unless both reading and writing work. */
  ping(): Promise<void>
  /** Shipped migrations the database has not applied. */
  pendingMigrations(): Promise<string[]>
  /** Space the database takes, as its engine counts it. */
  footprint(): Promise<StorageFootprint>
  /** An online copy in the new file `target` (SQLite); PostgreSQL explains its pg_dump command. */
  backup(target: string, now: number): Promise<BackupSummary>
  checkpoint(): Promise<void>
  /** Waits for queued writes, checkpoints and closes. */
  close(): Promise<void>
  /** What each committed write changed, after its commit (see events.ts). */
  readonly events: StoreEvents
  /** Whether a write that stores ciphertext failed for lack of room (StorageFullError), and no room was made since. */
  storageFull(): boolean
}

function freesCiphertext(event: StoreEvent): boolean {
  return (
    event.type === 'burned' ||
    event.type === 'expired' ||
    (event.type === 'viewed' && event.viewsLeft === 0)
  )
}

export function createSecretStore(driver: StorageDriver, events: StoreEvents): SecretStore {
  const { reader, writer, statements: s } = driver
  let closed: Promise<void> | null = null
  const fullness = createFullness()
  const storing = fullness.storing
  // Ciphertext deleted: the space it held is free again.
  events.subscribe((event) => {
    if (freesCiphertext(event)) fullness.freed()
  })
  return {
    storageFull: fullness.isFull,
    events: { subscribe: (listener) => events.subscribe(listener) },

    insert: (secret) => storing(writer.submit({ kind: 'insert', secret })),

    insertOnce: (secret, claim) => storing(writer.submit({ kind: 'insertOnce', secret, claim })),

    sweepIdempotency: (before, limit) => writer.submit({ kind: 'sweepIdempotency', before, limit }),

    async listSecrets({ now, limit, after, state, owner }) {
      const statement = s.listSecrets[`${state ?? 'any'}:${owner === null ? 'any' : 'owner'}`]
      const rows = await reader.rows(statement, {
        now,
        limit,
        // Past every real timestamp: the first page starts at the newest row.
        afterCreatedAt: after?.createdAt ?? Number.MAX_SAFE_INTEGER,
        afterId: after?.id ?? '',
        owner: owner ?? '',
      })
      return rows.map(toSummary)
    },

    async findSecret(id) {
      const [row] = await reader.rows(s.findSecret, { id })
      return row ? toSummary(row) : undefined
    },

    async amend(amendment) {
      const row = await writer.submit({ kind: 'amend', amendment })
      return row ? toSummary(row) : undefined
    },

    async stats(now) {
      // Two statements on the reader: a count and a sum that may be a moment apart.
      const rows = await reader.rows(s.countStates, { now })
      const [stored] = await reader.rows(s.storedBytes, {})
      return {
        rows: rows.map((r) => ({
          state: r.state,
          expired: Number(r.expired) === 1,
          n: Number(r.n),
        })),
        ciphertexts: Number(stored?.count ?? 0),
        bytes: Number(stored?.bytes ?? 0),
      }
    },

    apiKeys: createApiKeyStore(driver),

    notifications: createNotificationStore(driver),
    requests: createRequestStore(driver, storing),

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
        notBefore: row.not_before,
        links: Number(row.links),
      }
    },

    async findLink(id, index) {
      const [row] = await reader.rows(s.findLink, { id, idx: index })
      if (!row) return undefined
      return {
        verifier: row.verifier,
        state: row.state,
        viewsLeft: row.max_views - row.views,
      }
    },

    async findLinks(id) {
      const rows = await reader.rows(s.findLinks, { id })
      return rows.map((row) => ({
        index: row.idx,
        state: row.state,
        views: row.views,
        maxViews: row.max_views,
        openedAt: row.opened_at,
        label: row.label,
      }))
    },

    async claimLink(id, index, now, lease) {
      return (await writer.submit({ kind: 'claimLink', id, idx: index, now, lease })) ?? undefined
    },

    async burnLink(id, index, now) {
      return (await writer.submit({ kind: 'burnLink', id, idx: index, now })) ?? undefined
    },

    async claim(id, now, lease) {
      return (await writer.submit({ kind: 'claim', id, now, lease })) ?? undefined
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
        notBefore: row.not_before,
      }
    },

    async burn(id, now, by = 'receipt') {
      return (await writer.submit({ kind: 'burn', id, now, by })) ?? undefined
    },

    deleteExpired: (now, bounds) => writer.submit({ kind: 'sweep', now, bounds }),

    declareUpload: (upload) => storing(writer.submit({ kind: 'declare', upload })),

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
      return (await storing(writer.submit({ kind: 'append', part }))) ?? undefined
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

    async releaseChunks(id, holder, now) {
      await writer.submit({ kind: 'endChunkLease', id, holder, now })
    },

    sweepUploads: (since, finishedBefore, limit) =>
      writer.submit({ kind: 'sweepUploads', since, finishedBefore, limit }),

    async ping() {
      await reader.rows(s.ping, {})
      await writer.ping()
    },

    checkpoint: () => writer.checkpoint(),

    pendingMigrations: () => driver.pendingMigrations(),

    footprint: () => driver.footprint(),

    backup: (target, now) => driver.backup(target, now),

    close() {
      closed ??= driver.close()
      return closed
    },
  }
}

function toSummary(row: SummaryRow): SecretSummary {
  if (row.state === 'uploading') throw new Error('an upload in progress is not a secret yet')
  return {
    id: row.id,
    state: row.state,
    kind: row.kind,
    size: row.envelope_size,
    owner: row.owner,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    maxViews: row.max_views,
    views: row.views,
    failures: row.fail_count,
    maxFailures: row.max_failures,
    claimedAt: row.claimed_at,
    // SQLite answers 1/0, PostgreSQL numbers too (the CASE yields integers).
    passphrase: Number(row.passphrase) === 1,
    receipt: Number(row.receipt) === 1,
    notBefore: row.not_before,
  }
}
