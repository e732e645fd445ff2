import type { SecretState } from './schema.js'

/** The facts of a new secret besides its ciphertext (camelCase; the store maps them to columns). */
export interface SecretFields {
  readonly id: string
  readonly kind: number
  readonly header: Uint8Array
  readonly accessVerifier: Uint8Array
  readonly passVerifier: Uint8Array | null
  readonly receiptVerifier: Uint8Array | null
  readonly maxViews: number
  readonly maxFailures: number
  readonly createdAt: number
  readonly expiresAt: number
}

/** A secret whose envelope arrives in the same request. */
export interface NewSecret extends SecretFields {
  readonly envelope: Uint8Array
}

/** A secret declared for a streamed upload: invisible until all `size` bytes arrived. */
export interface NewUpload extends SecretFields {
  readonly size: number
  /** SHA-256 of the upload token. */
  readonly uploadVerifier: Uint8Array
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
}

export interface Claimed {
  /** The envelope of a JSON-created secret; null when it is stored in chunks (streamed upload). */
  readonly envelope: Uint8Array | null
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
