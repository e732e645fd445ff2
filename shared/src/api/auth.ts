/**
 * API keys (issue 6): `hlk_` and 32 random bytes in base64url. A key goes in
 * `X-API-Key: <key>` or `Authorization: Bearer <key>`; the server keeps only
 * its SHA-256.
 */
export const API_KEY_PREFIX = 'hlk_'
export const API_KEY_PATTERN = '^hlk_[A-Za-z0-9_-]{43}$'
export const API_KEY_HEADER = 'x-api-key'

/** `create` may create secrets; `admin` may also use /api/v1/admin. */
export const API_KEY_SCOPES = ['create', 'admin'] as const
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number]

export function isApiKey(value: string): boolean {
  return new RegExp(API_KEY_PATTERN).test(value)
}

/** Header of `POST /api/v1/secrets`: a retry with the same key and body gets the first answer. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'
export const IDEMPOTENCY_KEY_PATTERN = '^[\\x21-\\x7e]{1,255}$'
/** Set on an answer replayed for an `Idempotency-Key` seen before. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed'
