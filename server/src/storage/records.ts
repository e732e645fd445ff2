import type { SecretState } from './schema.js'

/** What the store keeps for a new secret (camelCase; the store maps it to columns). */
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
