import { BASE64URL_PATTERN, base64urlLength } from '../encoding.js'
import { HEADER_SIZE } from '../envelope/header.js'
import { FAN_OUT_MAX, FAN_OUT_MIN, SEALED_LABEL_BYTES } from '../fanout/keys.js'
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN } from './auth.js'
import { ERROR_CODES } from './errors.js'
import { id, timestamp, token } from './schema-parts.js'
import {
  MAX_FAILURES_MAX,
  MAX_FAILURES_MIN,
  NOTIFY_EMAIL_MAX_LENGTH,
  NOTIFY_EMAIL_PATTERN,
  NOTIFY_LANGUAGES,
  type InstanceLimits,
  type UploadLimits,
} from './limits.js'

/**
 * JSON Schemas for every request and response body: the server validates and
 * serialises with them, and the OpenAPI document is generated from them.
 */

export const secretIdParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id },
} as const

/** The fields a JSON create and an upload declaration share: lifetime, views and verifiers. */
function secretPolicy(limits: Pick<InstanceLimits, 'minTtl' | 'maxTtl' | 'maxViews'>) {
  return {
    ttl: {
      type: 'integer',
      minimum: limits.minTtl,
      maximum: limits.maxTtl,
      description: 'seconds',
    },
    max_views: { type: 'integer', minimum: 1, maximum: limits.maxViews, default: 1 },
    access_verifier: { ...token, description: 'SHA-256 of the access token, base64url' },
    pass_verifier: { ...token, description: 'SHA-256 of the pass token, base64url' },
    max_failures: { type: 'integer', minimum: MAX_FAILURES_MIN, maximum: MAX_FAILURES_MAX },
    receipt_verifier: { ...token, description: 'SHA-256 of the receipt token, base64url' },
    not_before: {
      ...timestamp,
      description:
        'time lock (protocol §9): claims before this moment are refused with 409 not_yet and change nothing; strictly before the expiry, and not more than 5 minutes in the past',
    },
    links: linkDeclarations,
  } as const
}

/** A link's number in a fan-out secret: 1 for the first declared. */
const linkNumber = { type: 'integer', minimum: 1, maximum: FAN_OUT_MAX } as const

const sealedLabelLength = base64urlLength(SEALED_LABEL_BYTES)

/** One link per recipient (docs/protocol.md §10): link i is the i-th item. */
const linkDeclarations = {
  type: 'array',
  minItems: FAN_OUT_MIN,
  maxItems: FAN_OUT_MAX,
  description:
    'one link per recipient: each its own access verifier and views; needs receipt_verifier',
  items: {
    type: 'object',
    required: ['verifier'],
    additionalProperties: false,
    properties: {
      verifier: { ...token, description: "SHA-256 of the link's access token, base64url" },
      label: {
        type: 'string',
        pattern: BASE64URL_PATTERN,
        minLength: sealedLabelLength,
        maxLength: sealedLabelLength,
        description: `the label sealed for the receipt (${SEALED_LABEL_BYTES} bytes), base64url`,
      },
    },
  },
} as const

export function createSecretBody(limits: InstanceLimits) {
  return {
    type: 'object',
    required: ['id', 'envelope', 'ttl', 'access_verifier'],
    additionalProperties: false,
    properties: {
      id,
      envelope: {
        type: 'string',
        pattern: BASE64URL_PATTERN,
        minLength: 1,
        maxLength: Math.ceil((limits.maxTextBytes * 4) / 3),
        description: 'the sealed envelope, base64url',
      },
      ...secretPolicy(limits),
      notify_email: {
        type: 'string',
        maxLength: NOTIFY_EMAIL_MAX_LENGTH,
        pattern: NOTIFY_EMAIL_PATTERN,
        description:
          'e-mail this address when the secret is first opened (when email_notifications is true); deleted once sent or when the secret is gone',
      },
      notify_language: {
        type: 'string',
        enum: NOTIFY_LANGUAGES,
        description: 'language of that e-mail (with notify_email); en when absent',
      },
    },
  } as const
}

export const createSecretReply = {
  type: 'object',
  required: ['id', 'expires_at'],
  additionalProperties: false,
  properties: { id, expires_at: timestamp },
} as const

export const secretMetaReply = {
  type: 'object',
  required: ['id', 'expires_at', 'views_left', 'passphrase_required', 'kind', 'size', 'header'],
  additionalProperties: false,
  properties: {
    id,
    expires_at: timestamp,
    views_left: { type: 'integer' },
    passphrase_required: { type: 'boolean' },
    kind: { type: 'string', enum: ['text', 'files'] },
    size: { type: 'integer', description: 'envelope bytes' },
    header: { type: 'string', description: 'the 84-byte public envelope header, base64url' },
    opens_at: { ...timestamp, description: 'time-locked secrets only: claims open at this moment' },
  },
} as const

export const claimBody = {
  type: 'object',
  required: ['access_token'],
  additionalProperties: false,
  properties: {
    access_token: token,
    pass_token: token,
    link: { ...linkNumber, description: 'which link of a fan-out secret (§10)' },
  },
} as const

/** `GET /api/v1/secrets/{id}?link=`: the metadata as link `link` of a fan-out secret sees it. */
export const secretMetaQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    link: {
      type: 'string',
      pattern: '^([1-9]|[1-4][0-9]|50)$',
      description: 'which link of a fan-out secret (§10): 1 to 50, in decimal',
    },
  },
} as const

export const claimReply = {
  type: 'object',
  required: ['envelope', 'views_left'],
  additionalProperties: false,
  properties: { envelope: { type: 'string' }, views_left: { type: 'integer' } },
} as const

export const receiptBody = {
  type: 'object',
  required: ['receipt_token'],
  additionalProperties: false,
  properties: { receipt_token: token },
} as const

export const receiptBurnBody = {
  type: 'object',
  required: ['receipt_token'],
  additionalProperties: false,
  properties: {
    receipt_token: token,
    link: { ...linkNumber, description: 'burn only this link of a fan-out secret' },
  },
} as const

const receiptState = {
  type: 'string',
  enum: ['active', 'viewed', 'expired', 'burned', 'burned_failures'],
} as const

export const receiptStatusReply = {
  type: 'object',
  required: ['state', 'created_at', 'expires_at', 'max_views', 'views', 'failures'],
  additionalProperties: false,
  properties: {
    state: receiptState,
    created_at: timestamp,
    expires_at: timestamp,
    max_views: { type: 'integer' },
    views: { type: 'integer' },
    claimed_at: timestamp,
    failures: { type: 'integer' },
    opens_at: { ...timestamp, description: 'time-locked secrets only: claims open at this moment' },
    links: {
      type: 'array',
      description: "a fan-out secret's links, in order (§10)",
      items: {
        type: 'object',
        required: ['link', 'state', 'views', 'max_views'],
        additionalProperties: false,
        properties: {
          link: linkNumber,
          state: receiptState,
          views: { type: 'integer' },
          max_views: { type: 'integer' },
          opened_at: { ...timestamp, description: 'first opened' },
          label: { type: 'string', description: 'the sealed label, base64url' },
        },
      },
    },
  },
} as const

export const configReply = {
  type: 'object',
  required: [
    'min_ttl',
    'max_ttl',
    'default_ttl',
    'max_views',
    'max_text_bytes',
    'max_file_bytes',
    'max_total_bytes',
    'upload_part_bytes',
    'create_requires_api_key',
  ],
  additionalProperties: false,
  properties: {
    min_ttl: { type: 'integer' },
    max_ttl: { type: 'integer' },
    default_ttl: { type: 'integer' },
    max_views: { type: 'integer' },
    max_text_bytes: { type: 'integer' },
    max_file_bytes: { type: 'integer', description: 'largest single file, plaintext bytes' },
    max_total_bytes: { type: 'integer', description: 'largest streamed envelope, bytes' },
    upload_part_bytes: { type: 'integer', description: 'largest upload part, bytes' },
    create_requires_api_key: {
      type: 'boolean',
      description: 'creating needs an API key with create scope (reading never does)',
    },
    sign_in: {
      type: 'boolean',
      description: 'users can sign in with the identity provider (/auth/login); absent: no',
    },
    create_requires_login: {
      type: 'boolean',
      description: 'creating needs a signed-in user or an API key; absent: no',
    },
    email_notifications: {
      type: 'boolean',
      description: 'a create may set notify_email (the server can send e-mail)',
    },
  },
} as const

/**
 * Every error body (docs/protocol.md §5): `error` always; three codes add
 * members beside it, never inside it.
 */
export const errorReply = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: { code: { type: 'string', enum: ERROR_CODES }, message: { type: 'string' } },
    },
    remaining: {
      type: 'integer',
      minimum: 0,
      description: 'only with wrong_passphrase: wrong passphrases left before the secret burns',
    },
    received: {
      type: 'integer',
      minimum: 0,
      description: 'only with upload_offset_mismatch: the bytes the server has, where to resume',
    },
    opens_at: {
      ...timestamp,
      description: 'only with not_yet: the moment the secret can be claimed',
    },
    server_time: {
      ...timestamp,
      description: "only with not_yet: the server's clock when it answered, to correct a countdown",
    },
  },
} as const

export const healthReply = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['ok', 'unavailable'] } },
} as const

/**
 * Streamed uploads: `POST /api/v1/uploads` declares the secret (invisible until
 * complete), then `POST /api/v1/uploads/{id}/parts` with `Upload-Offset` and
 * `Authorization: Bearer <upload token>` appends octet-stream parts in order.
 */
export function createUploadBody(limits: UploadLimits) {
  return {
    type: 'object',
    required: ['id', 'header', 'size', 'ttl', 'access_verifier', 'upload_verifier'],
    additionalProperties: false,
    properties: {
      id,
      header: {
        type: 'string',
        pattern: BASE64URL_PATTERN,
        minLength: Math.ceil((HEADER_SIZE * 4) / 3),
        maxLength: Math.ceil((HEADER_SIZE * 4) / 3),
        description: 'the envelope header, base64url',
      },
      size: {
        type: 'integer',
        minimum: HEADER_SIZE,
        maximum: limits.maxTotalBytes,
        description: 'envelope bytes',
      },
      ...secretPolicy(limits),
      upload_verifier: { ...token, description: 'SHA-256 of the upload token, base64url' },
    },
  } as const
}

export const uploadPartHeaders = {
  type: 'object',
  required: ['upload-offset', 'authorization'],
  properties: {
    'upload-offset': {
      type: 'integer',
      minimum: 0,
      description: 'where this part starts in the envelope',
    },
    authorization: {
      type: 'string',
      pattern: '^Bearer [A-Za-z0-9_-]{43}$',
      description: 'Bearer <upload token>',
    },
  },
} as const

export const uploadPartReply = {
  type: 'object',
  required: ['received', 'complete'],
  additionalProperties: false,
  properties: { received: { type: 'integer' }, complete: { type: 'boolean' } },
} as const

/** Optional headers of `POST /api/v1/secrets`. */
export const createSecretHeaders = {
  type: 'object',
  properties: {
    [IDEMPOTENCY_KEY_HEADER]: {
      type: 'string',
      pattern: IDEMPOTENCY_KEY_PATTERN,
      description:
        'up to 255 printable ASCII characters; a retry with the same key and body within 24 hours returns the first answer',
    },
  },
} as const
