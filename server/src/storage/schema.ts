import type { ApiKeyScope } from '@hushlink/shared/api'
import type { Generated, Selectable } from 'kysely'

/**
 * Where a secret is in its life. `uploading` holds a streamed upload that is
 * not complete: invisible to every read. Every state after `active` is a
 * tombstone without ciphertext.
 */
export const SECRET_STATES = ['uploading', 'active', 'viewed', 'burned', 'burned_failures'] as const
export type SecretState = (typeof SECRET_STATES)[number]

/** One row per secret: the state machine and the public facts, never the ciphertext. */
export interface SecretTable {
  /** 22-character base64url id chosen by the client. */
  id: string
  state: SecretState
  /** Envelope header kind byte: 1 text, 2 files. */
  kind: number
  envelope_size: number
  /** The 84-byte public envelope header. */
  header: Uint8Array
  /** SHA-256 of the access token (32 bytes). */
  access_verifier: Uint8Array
  pass_verifier: Uint8Array | null
  receipt_verifier: Uint8Array | null
  max_views: number
  /** Both start at 0 (the column default). */
  views: Generated<number>
  fail_count: Generated<number>
  max_failures: number
  /** Milliseconds since the epoch, from the server clock. */
  created_at: number
  expires_at: number
  /** Time of the most recent view. */
  claimed_at: number | null
  /** Time the state last changed away from `active`. */
  state_at: number | null
  /** Name of the API key that created it; null when created without one. */
  owner: string | null
  /** Claims before this moment are refused and change nothing (protocol §9); null: open at once. */
  not_before: number | null
}

/** The ciphertext, apart from the state row so a tombstone can outlive it for receipts. */
export interface PayloadTable {
  id: string
  envelope: Uint8Array
}

/** A streamed envelope, in rows of at most CHUNK_ROW_BYTES, numbered from 0. */
export interface PayloadChunkTable {
  id: string
  seq: number
  data: Uint8Array
}

/** Progress of a streamed upload; the row goes when the upload completes. */
export interface UploadTable {
  id: string
  /** SHA-256 of the upload token (32 bytes). */
  upload_verifier: Uint8Array
  /** Envelope bytes stored so far: the offset the next part must start at. */
  received: number
  /** Chunk rows stored so far: the seq of the next one. */
  chunks: number
}

/** An API key, stored as its SHA-256 only: the key itself is shown once and never kept. */
export interface ApiKeyTable {
  /** Short random id, shown in listings. */
  id: string
  /** Recorded as the owner of the secrets the key creates; unique among unrevoked keys. */
  name: string
  scope: ApiKeyScope
  key_hash: Uint8Array
  created_at: number
  revoked_at: number | null
  last_used_at: number | null
  /** Bytes its secrets may hold at once; null: MAX_STORED_BYTES_PER_KEY. */
  quota_bytes: number | null
}

/**
 * One `Idempotency-Key` of one principal (an API key's id, or a digest of the client without a
 * key) and the answer its first request got; kept 24 hours.
 */
export interface IdempotencyTable {
  principal: string
  key: string
  /** SHA-256 of the request body, to tell a retry from a reuse. */
  request_hash: Uint8Array
  /** The JSON body of the original 201 answer. */
  response: string
  created_at: number
}

/** A request for a secret (issue 15): the server holds the sealed note and two verifiers. */
export interface RequestTable {
  id: string
  /** `closed` once it reached max_answers or its requester closed it. */
  state: Generated<'open' | 'closed'>
  /** SHA-256 of the request token (32 bytes): reads the note and answers. */
  request_verifier: Uint8Array
  /** SHA-256 of the inbox token (32 bytes): lists and closes. */
  inbox_verifier: Uint8Array
  /** nonce ‖ secretbox of the padded note. */
  note: Uint8Array
  max_answers: number
  answers: Generated<number>
  created_at: number
  /** The request's own TTL: answers are taken until then. */
  expires_at: number
  /** The later of expires_at and its answers' expiry: the sweeper deletes the row after it. */
  keep_until: number
  owner: string | null
}

/** One answer: an ordinary secret, and its link key sealed to the requester's public key. */
export interface RequestAnswerTable {
  secret_id: string
  request_id: string
  /** crypto_box_seal of the answer's link key (80 bytes). */
  sealed_key: Uint8Array
  created_at: number
}

/**
 * Bytes reserved by secrets that hold (or, uploading, will hold) ciphertext:
 * their declared sizes, per scope: `*` the instance, else an owner's name.
 */
/** The instance's scope in `storage_usage`; owners are API key names, which never hold `*`. */
export const INSTANCE_SCOPE = '*'

export interface StorageUsageTable {
  scope: string
  bytes: number
}

/** A download of a chunked envelope in progress, on any replica: its chunks stay until `until`. */
export interface ChunkLeaseTable {
  id: string
  /** Random, one per download. */
  holder: string
  until: number
}

/** One link of a fan-out secret (docs/protocol.md §10); the secret has its payload once. */
export interface SecretLinkTable {
  secret_id: string
  /** 1–50: the link's number in its secret, the order it was declared in. */
  idx: number
  /** SHA-256 of the link's access token (32 bytes). */
  verifier: Uint8Array
  /** The label sealed with the receipt's key (104 bytes); null for none. Never in clear. */
  label: Uint8Array | null
  /** `viewed` once its views are used; `burned` by the creator. */
  state: Generated<'active' | 'viewed' | 'burned'>
  max_views: number
  views: Generated<number>
  /** Its first view. */
  opened_at: number | null
  state_at: number | null
}

export interface Database {
  secrets: SecretTable
  payloads: PayloadTable
  payload_chunks: PayloadChunkTable
  uploads: UploadTable
  api_keys: ApiKeyTable
  idempotency_keys: IdempotencyTable
  requests: RequestTable
  request_answers: RequestAnswerTable
  storage_usage: StorageUsageTable
  chunk_leases: ChunkLeaseTable
  secret_links: SecretLinkTable
}

export type SecretRow = Selectable<SecretTable>

/**
 * The columns a new secret row is written with; the others start at their
 * defaults (no views or failures yet, no claim, no state change).
 */
export const SECRET_INSERT_COLUMNS = [
  'id',
  'state',
  'kind',
  'envelope_size',
  'header',
  'access_verifier',
  'pass_verifier',
  'receipt_verifier',
  'max_views',
  'max_failures',
  'created_at',
  'expires_at',
  'owner',
  'not_before',
] as const satisfies readonly (keyof SecretTable)[]

/** Every one required: kysely's Insertable would make the nullable ones optional, and a forgotten verifier silently null. */
export type NewSecretRow = Pick<SecretRow, (typeof SECRET_INSERT_COLUMNS)[number]>
