import { BASE64URL_PATTERN, base64urlLength } from '../encoding.js'
import { MAX_NOTE_CIPHERTEXT_BYTES, SEALED_KEY_BYTES } from '../request/crypto.js'
import type { InstanceLimits } from './limits.js'
import { id, timestamp, token } from './schema-parts.js'
import { createSecretBody, secretIdParams } from './schemas.js'
import { adminPageQuery, nextCursor } from './admin-schemas.js'

/** Most answers a drop box may take (docs/protocol.md §8.4). */
export const MAX_REQUEST_ANSWERS = 100

/** `/api/v1/requests/{id}/…`: a request id has a secret id's form. */
export const requestIdParams = secretIdParams

export function createRequestBody(limits: Pick<InstanceLimits, 'minTtl' | 'maxTtl'>) {
  return {
    type: 'object',
    required: ['id', 'note', 'ttl', 'request_verifier', 'inbox_verifier'],
    additionalProperties: false,
    properties: {
      id,
      note: {
        type: 'string',
        pattern: BASE64URL_PATTERN,
        minLength: 1,
        maxLength: base64urlLength(MAX_NOTE_CIPHERTEXT_BYTES),
        description: 'the sealed note (nonce ‖ secretbox), base64url',
      },
      ttl: {
        type: 'integer',
        minimum: limits.minTtl,
        maximum: limits.maxTtl,
        description: 'seconds',
      },
      max_answers: { type: 'integer', minimum: 1, maximum: MAX_REQUEST_ANSWERS, default: 1 },
      request_verifier: { ...token, description: 'SHA-256 of the request token, base64url' },
      inbox_verifier: { ...token, description: 'SHA-256 of the inbox token, base64url' },
    },
  } as const
}

export const createRequestReply = {
  type: 'object',
  required: ['id', 'expires_at'],
  additionalProperties: false,
  properties: { id, expires_at: timestamp },
} as const

export const requestTokenBody = {
  type: 'object',
  required: ['request_token'],
  additionalProperties: false,
  properties: { request_token: token },
} as const

export const inboxTokenBody = {
  type: 'object',
  required: ['inbox_token'],
  additionalProperties: false,
  properties: { inbox_token: token },
} as const

const answersFields = {
  expires_at: timestamp,
  max_answers: { type: 'integer' },
  answers: { type: 'integer', description: 'answers accepted so far' },
} as const

export const viewRequestReply = {
  type: 'object',
  required: ['id', 'note', 'expires_at', 'max_answers', 'answers'],
  additionalProperties: false,
  properties: { id, note: { type: 'string' }, ...answersFields },
} as const

export function answerRequestBody(limits: InstanceLimits) {
  return {
    type: 'object',
    required: ['request_token', 'sealed_key', 'secret'],
    additionalProperties: false,
    properties: {
      request_token: token,
      sealed_key: {
        type: 'string',
        pattern: BASE64URL_PATTERN,
        minLength: base64urlLength(SEALED_KEY_BYTES),
        maxLength: base64urlLength(SEALED_KEY_BYTES),
        description: "crypto_box_seal of the answer's link key to the requester's public key",
      },
      secret: createSecretBody(limits),
    },
  } as const
}

export const inboxReply = {
  type: 'object',
  required: ['id', 'state', 'expires_at', 'max_answers', 'answers', 'items'],
  additionalProperties: false,
  properties: {
    id,
    state: { type: 'string', enum: ['open', 'closed', 'expired'] },
    ...answersFields,
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'sealed_key',
          'created_at',
          'expires_at',
          'size',
          'kind',
          'views_left',
          'passphrase',
        ],
        additionalProperties: false,
        properties: {
          id,
          sealed_key: { type: 'string' },
          created_at: timestamp,
          expires_at: timestamp,
          size: { type: 'integer', description: 'envelope bytes' },
          kind: { type: 'string', enum: ['text', 'files'] },
          views_left: { type: 'integer' },
          passphrase: { type: 'boolean', description: 'the answer needs a passphrase' },
        },
      },
    },
  },
} as const

export interface CreateRequestRequest {
  readonly id: string
  readonly note: string
  readonly ttl: number
  readonly max_answers?: number
  readonly request_verifier: string
  readonly inbox_verifier: string
}

export interface ViewRequestResponse {
  readonly id: string
  readonly note: string
  readonly expires_at: string
  readonly max_answers: number
  readonly answers: number
}

export interface InboxItem {
  readonly id: string
  readonly sealed_key: string
  readonly created_at: string
  readonly expires_at: string
  readonly size: number
  readonly kind: 'text' | 'files'
  readonly views_left: number
  readonly passphrase: boolean
}

export interface InboxResponse {
  readonly id: string
  readonly state: 'open' | 'closed' | 'expired'
  readonly expires_at: string
  readonly max_answers: number
  readonly answers: number
  readonly items: readonly InboxItem[]
}

/** `GET /api/v1/admin/requests`: newest first, keyset-paginated like the secrets list. */
export const adminRequestListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: adminPageQuery,
} as const

/** A request as the admin API shows it: counts and times, never the note or a verifier. */
export const adminRequestList = {
  type: 'object',
  required: ['items', 'next_cursor'],
  additionalProperties: false,
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'state', 'max_answers', 'answers', 'created_at', 'expires_at', 'owner'],
        additionalProperties: false,
        properties: {
          id,
          state: { type: 'string', enum: ['open', 'closed', 'expired'] },
          max_answers: { type: 'integer' },
          answers: { type: 'integer' },
          created_at: timestamp,
          expires_at: timestamp,
          owner: { type: ['string', 'null'], description: 'the API key name that asked' },
        },
      },
    },
    next_cursor: nextCursor,
  },
} as const

export interface AdminRequest {
  readonly id: string
  readonly state: 'open' | 'closed' | 'expired'
  readonly max_answers: number
  readonly answers: number
  readonly created_at: string
  readonly expires_at: string
  readonly owner: string | null
}

export interface AdminRequestList {
  readonly items: readonly AdminRequest[]
  readonly next_cursor: string | null
}
