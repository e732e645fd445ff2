import type { NewSecret } from './records.js'

/** A new request: what the server may know of it. */
export interface NewRequest {
  readonly id: string
  readonly requestVerifier: Uint8Array
  readonly inboxVerifier: Uint8Array
  readonly note: Uint8Array
  readonly maxAnswers: number
  readonly createdAt: number
  readonly expiresAt: number
  readonly owner: string | null
}

export interface RequestRecord {
  readonly id: string
  readonly state: 'open' | 'closed'
  readonly requestVerifier: Uint8Array
  readonly inboxVerifier: Uint8Array
  readonly note: Uint8Array
  readonly maxAnswers: number
  readonly answers: number
  readonly createdAt: number
  readonly expiresAt: number
  readonly owner: string | null
}

/** An answer: an ordinary secret and its link key sealed to the requester. */
export interface NewAnswer {
  readonly requestId: string
  readonly sealedKey: Uint8Array
  readonly secret: NewSecret
}

/** What an answer did; expected outcomes are values, never errors. */
export type AnswerOutcome =
  | { readonly outcome: 'answered'; readonly answers: number; readonly maxAnswers: number }
  /** The secret id exists (a replayed answer): nothing was counted. */
  | { readonly outcome: 'id_taken' }
  /** Answered, full or closed: it takes no more answers. */
  | { readonly outcome: 'closed' }
  /** Unknown or expired. */
  | { readonly outcome: 'gone' }

export interface AnswerRecord {
  readonly id: string
  readonly sealedKey: Uint8Array
  readonly createdAt: number
  readonly expiresAt: number
  readonly size: number
  readonly kind: number
  readonly viewsLeft: number
  readonly passphrase: boolean
}

/** A request as the admin API lists it: counts and times, never the note or verifiers. */
export interface RequestSummary {
  readonly id: string
  readonly state: 'open' | 'closed'
  readonly maxAnswers: number
  readonly answers: number
  readonly createdAt: number
  readonly expiresAt: number
  readonly owner: string | null
}
