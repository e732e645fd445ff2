import type { Insertable, Selectable } from 'kysely'

/** Where a secret is in its life; every state but `active` is a tombstone without ciphertext. */
export const SECRET_STATES = ['active', 'viewed', 'burned', 'burned_failures'] as const
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
  views: number
  fail_count: number
  max_failures: number
  /** Milliseconds since the epoch, from the server clock. */
  created_at: number
  expires_at: number
  /** Time of the most recent view. */
  claimed_at: number | null
  /** Time the state last changed away from `active`. */
  state_at: number | null
}

/** The ciphertext, apart from the state row so a tombstone can outlive it for receipts. */
export interface PayloadTable {
  id: string
  envelope: Uint8Array
}

export interface Database {
  secrets: SecretTable
  payloads: PayloadTable
}

export type SecretRow = Selectable<SecretTable>
export type InsertableSecretRow = Insertable<SecretTable>
