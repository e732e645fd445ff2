/** Every error code the API returns, in `{"error":{"code","message"}}`. */
export const ERROR_CODES = [
  'bad_request',
  'invalid_envelope',
  'invalid_not_before',
  'payload_too_large',
  'unsupported_media_type',
  'headers_too_large',
  'not_found',
  'method_not_allowed',
  'not_acceptable',
  'upload_offset_mismatch',
  'id_taken',
  'name_taken',
  'not_live',
  'request_closed',
  'idempotency_key_reused',
  'wrong_passphrase',
  'not_yet',
  'unauthorized',
  'forbidden',
  'insufficient_scope',
  'rate_limited',
  'quota_exceeded',
  'storage_full',
  'unavailable',
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string }
}

/** 401 on a wrong passphrase also says how many attempts are left before the secret burns. */
export interface WrongPassphraseBody extends ApiErrorBody {
  readonly remaining: number
}

/** 409 before a time-locked secret opens (protocol §9): when it opens, and the server's clock. */
export interface NotYetBody extends ApiErrorBody {
  readonly opens_at: string
  readonly server_time: string
}

/** The one body for every "not available" case, so callers learn nothing about why. */
export const NOT_FOUND_MESSAGE =
  'This secret is not available: it never existed, has expired, or was already opened.'
