import type { ApiKeyScope } from '@hushlink/shared/api'
import type { CamelCased } from './casing.js'
import type { NewSecretRow, SecretState } from './schema.js'

/**
 * The facts of a new secret besides its ciphertext: the columns of schema.ts
 * (camelCased), less the two the write decides (its state and envelope size).
 */
export type SecretFields = CamelCased<Omit<NewSecretRow, 'state' | 'envelope_size'>> & {
  /** A fan-out secret's links (docs/protocol.md §10), link i at i − 1; absent for one link. */
  readonly links?: readonly NewLink[]
}

/** One declared link of a fan-out secret; the secret's `maxViews` is the sum of its links'. */
export interface NewLink {
  /** SHA-256 of its access token. */
  readonly verifier: Uint8Array
  /** Sealed for the receipt; null for none. */
  readonly label: Uint8Array | null
  readonly maxViews: number
}

/** A link as a claim's gate sees it. */
export interface LinkRecord {
  readonly verifier: Uint8Array
  readonly state: 'active' | 'viewed' | 'burned'
  readonly viewsLeft: number
}

/** A link as the receipt shows it. */
export interface ReceiptLinkRecord {
  readonly index: number
  readonly state: 'active' | 'viewed' | 'burned'
  readonly views: number
  readonly maxViews: number
  readonly openedAt: number | null
  readonly label: Uint8Array | null
}

/**
 * Most bytes secrets may hold, for the instance and for the creator's API
 * key (its owner name); null for no limit. A create is refused when its
 * declared size would pass either.
 */
export interface StorageQuota {
  readonly instance: number | null
  readonly owner: number | null
}

/** A create refused by the quota of this scope; nothing was written. */
export interface OverQuota {
  readonly overQuota: 'instance' | 'owner'
  /** That quota, in bytes. */
  readonly limit: number
}

/** A secret whose envelope arrives in the same request. */
export interface NewSecret extends SecretFields {
  readonly envelope: Uint8Array
  /** Whom to e-mail when it is first opened (issue 16); kept only until sent or the secret is gone. */
  readonly notifyEmail?: { readonly address: string; readonly language: string }
  /** No limits when left out. */
  readonly quota?: StorageQuota
}

/** A secret declared for a streamed upload: invisible until all `size` bytes arrived. */
export interface NewUpload extends SecretFields {
  readonly size: number
  /** SHA-256 of the upload token. */
  readonly uploadVerifier: Uint8Array
  /** No limits when left out; the declared size is reserved at once. */
  readonly quota?: StorageQuota
}

/** An upload still accepting parts. */
export interface OpenUpload {
  readonly header: Uint8Array
  readonly size: number
  readonly received: number
  readonly uploadVerifier: Uint8Array
}

/** One part to store at `offset`; `size` is the upload's declared total. */
export interface UploadPart {
  readonly id: string
  readonly offset: number
  readonly data: Uint8Array
  readonly size: number
  readonly now: number
  /** Uploads created at or before this are abandoned. */
  readonly since: number
}

/** A stored part, or the offset the upload is really at. */
export type Appended =
  { readonly received: number; readonly complete: boolean } | { readonly mismatch: number }

/** An active secret as the metadata endpoint and the claim gate see it. */
export interface ActiveSecret {
  readonly kind: number
  readonly header: Uint8Array
  readonly envelopeSize: number
  readonly viewsLeft: number
  readonly expiresAt: number
  readonly accessVerifier: Uint8Array
  readonly passVerifier: Uint8Array | null
  /** Claims before this are refused (protocol §9); null: open at once. */
  readonly notBefore: number | null
  /** How many links it has: 0 for an ordinary secret, 2–50 for a fan-out one. */
  readonly links: number
}

/** A claim or passphrase attempt refused, changing nothing, because the secret opens at `opensAt`. */
export interface Locked {
  readonly opensAt: number
}

/** Keeps a chunked envelope's chunks for one download, across replicas; taken with the view. */
export interface ChunkLease {
  /** Random, one per download. */
  readonly holder: string
  /** Milliseconds since the epoch; the sweeper's grace for chunks (UPLOAD_WINDOW_MS) bounds it. */
  readonly until: number
}

export interface Claimed {
  /** The envelope of a JSON-created secret; null when it is stored in chunks (streamed upload). */
  readonly envelope: Uint8Array | null
  readonly viewsLeft: number
}

/** The secret a burn changed. */
export interface Burned {
  readonly id: string
  readonly createdAt: number
  readonly expiresAt: number
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
  readonly notBefore: number | null
}

/**
 * The `Idempotency-Key` a create came with: the first request under it stores
 * `response`; later ones within the retention get the stored answer back.
 */
export interface IdempotencyClaim {
  /** Whose key space: an API key's id, or '' without a key. */
  readonly principal: string
  readonly key: string
  /** SHA-256 of the request body. */
  readonly requestHash: Uint8Array
  /** The JSON answer to store and to replay. */
  readonly response: string
  readonly now: number
  /** Remembered answers created at or before this are forgotten. */
  readonly staleBefore: number
}

/** What an idempotent insert did. */
export type IdempotentInsert =
  | { readonly outcome: 'created' }
  | { readonly outcome: 'id_taken' }
  | ({ readonly outcome: 'over_quota' } & OverQuota)
  /** An earlier request holds the key: its body hash and answer. */
  | { readonly outcome: 'earlier'; readonly requestHash: Uint8Array; readonly response: string }

/** A secret as the admin API shows it: state and facts, never ciphertext or verifiers. */
export interface SecretSummary {
  readonly id: string
  readonly state: Exclude<SecretState, 'uploading'>
  readonly kind: number
  readonly size: number
  readonly owner: string | null
  readonly createdAt: number
  readonly expiresAt: number
  readonly maxViews: number
  readonly views: number
  readonly failures: number
  readonly maxFailures: number
  readonly claimedAt: number | null
  readonly passphrase: boolean
  readonly receipt: boolean
  /** The time lock's opening (protocol §9); null without one. */
  readonly notBefore: number | null
}

/** What the admin list filters on; `active` and `expired` split the stored `active` state at `now`. */
export type StateFilter = 'active' | 'expired' | 'viewed' | 'burned' | 'burned_failures'

export interface SecretListQuery {
  readonly now: number
  readonly limit: number
  /** The last item of the previous page: the list continues strictly after it. */
  readonly after: { readonly createdAt: number; readonly id: string } | null
  readonly state: StateFilter | null
  readonly owner: string | null
}

/** New limits for a live secret, already validated by the caller. */
export interface SecretAmendment {
  readonly id: string
  readonly expiresAt: number
  readonly maxViews: number
  readonly now: number
}

/** Counts by state and the bytes of ciphertext stored: aggregates only. */
export interface StoreStats {
  /** Secret rows per stored state, with `active` ones past their expiry counted apart. */
  readonly rows: readonly {
    readonly state: SecretState
    readonly expired: boolean
    readonly n: number
  }[]
  /** Ciphertexts stored: JSON-created envelopes and streamed ones (in chunks). */
  readonly ciphertexts: number
  /** Ciphertext bytes: JSON-created envelopes and the chunks of streamed ones. */
  readonly bytes: number
}

export interface NewApiKey {
  readonly id: string
  readonly name: string
  readonly scope: ApiKeyScope
  /** SHA-256 of the key. */
  readonly hash: Uint8Array
  readonly createdAt: number
  /** Bytes its secrets may hold at once; null: MAX_STORED_BYTES_PER_KEY. */
  readonly quotaBytes: number | null
}

export interface ApiKeyRecord {
  readonly id: string
  readonly name: string
  readonly scope: ApiKeyScope
  readonly createdAt: number
  readonly revokedAt: number | null
  readonly lastUsedAt: number | null
  /** Null: MAX_STORED_BYTES_PER_KEY applies. */
  readonly quotaBytes: number | null
}
