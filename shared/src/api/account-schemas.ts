import { API_KEY_SCOPES } from './auth.js'
import { nullable, timestamp } from './schema-parts.js'

/**
 * Sign-in (issue 17): the session as the web page sees it, and the admin
 * API's key management. Sessions are cookies the page never reads.
 */

/** `GET /auth/session`: who is signed in, or `user: null`. */
export const sessionReply = {
  type: 'object',
  required: ['user'],
  additionalProperties: false,
  properties: {
    user: nullable({
      type: 'object',
      required: ['name', 'admin', 'expires_at'],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        admin: { type: 'boolean', description: 'in one of OIDC_ADMIN_GROUPS' },
        expires_at: timestamp,
      },
    }),
  },
} as const

/** `POST /auth/logout`: where to go to end the provider's session too (null: it has no such page). */
export const logoutReply = {
  type: 'object',
  required: ['end_session_url'],
  additionalProperties: false,
  properties: { end_session_url: nullable({ type: 'string' }) },
} as const

/** Key names: short, printable, no spaces or ':' (owners with ':' are signed-in users). */
export const API_KEY_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$'
export const API_KEY_ID_PATTERN = '^[A-Za-z0-9_-]{11}$'

/** An API key's own storage quota (issue 18.3); null: the server's MAX_STORED_BYTES_PER_KEY. */
const quotaBytes = nullable({
  type: 'integer',
  minimum: 1,
  maximum: Number.MAX_SAFE_INTEGER,
  description:
    'bytes of ciphertext the secrets created with this key may hold at once; null: the server default (MAX_STORED_BYTES_PER_KEY)',
})

export const apiKeyItem = {
  type: 'object',
  required: ['id', 'name', 'scope', 'created_at', 'last_used_at', 'revoked_at', 'quota_bytes'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    scope: { type: 'string', enum: API_KEY_SCOPES },
    created_at: timestamp,
    last_used_at: nullable(timestamp),
    revoked_at: nullable(timestamp),
    quota_bytes: quotaBytes,
  },
} as const

export const apiKeyList = {
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: { items: { type: 'array', items: apiKeyItem } },
} as const

export const createApiKeyBody = {
  type: 'object',
  required: ['name', 'scope'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: API_KEY_NAME_PATTERN },
    scope: { type: 'string', enum: API_KEY_SCOPES },
    quota_bytes: quotaBytes,
  },
} as const

/** `PATCH /api/v1/admin/keys/{id}`: a new storage quota (null: back to the default). */
export const updateApiKeyBody = {
  type: 'object',
  required: ['quota_bytes'],
  additionalProperties: false,
  properties: { quota_bytes: quotaBytes },
} as const

export const createdApiKeyReply = {
  type: 'object',
  required: ['key', 'item'],
  additionalProperties: false,
  properties: {
    key: { type: 'string', description: 'the key itself: shown this once, never stored' },
    item: apiKeyItem,
  },
} as const

export const apiKeyIdParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', pattern: API_KEY_ID_PATTERN } },
} as const
