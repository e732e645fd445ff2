import { ID_PATTERN } from '../link.js'
import type { InstanceLimits } from './limits.js'
import { nullable, timestamp } from './schema-parts.js'

/**
 * The admin API (issue 6, `admin` scope): secrets' states and facts, never
 * ciphertext or verifiers.
 */

/** States as receipts report them; `expired` is an active secret past its expiry. */
export const ADMIN_STATES = ['active', 'expired', 'viewed', 'burned', 'burned_failures'] as const
export const ADMIN_PAGE_MAX = 100
export const ADMIN_PAGE_DEFAULT = 50

export const adminSecret = {
  type: 'object',
  required: [
    'id',
    'state',
    'owner',
    'kind',
    'size',
    'created_at',
    'expires_at',
    'max_views',
    'views',
    'failures',
    'max_failures',
    'claimed_at',
    'passphrase',
    'receipt',
  ],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: ID_PATTERN },
    state: { type: 'string', enum: ADMIN_STATES },
    owner: {
      ...nullable({ type: 'string' }),
      description: 'name of the API key that created it, or oidc:<subject> of the signed-in user',
    },
    kind: { type: 'string', enum: ['text', 'files'] },
    size: { type: 'integer', description: 'envelope bytes' },
    created_at: timestamp,
    expires_at: timestamp,
    max_views: { type: 'integer' },
    views: { type: 'integer' },
    failures: { type: 'integer', description: 'wrong passphrases so far' },
    max_failures: { type: 'integer' },
    claimed_at: { ...nullable(timestamp), description: 'time of the most recent view' },
    passphrase: { type: 'boolean', description: 'whether a passphrase is set' },
    receipt: { type: 'boolean', description: 'whether the creator holds a receipt link' },
    opens_at: { ...timestamp, description: 'time-locked secrets only: claims open at this moment' },
  },
} as const

/** The keyset page of every admin list: its size, and where the previous page ended. */
export const adminPageQuery = {
  limit: {
    type: 'integer',
    minimum: 1,
    maximum: ADMIN_PAGE_MAX,
    default: ADMIN_PAGE_DEFAULT,
    description: 'items per page',
  },
  cursor: {
    type: 'string',
    pattern: '^[A-Za-z0-9_-]{1,200}$',
    description: 'next_cursor of the previous page',
  },
} as const

export const nextCursor = {
  ...nullable({ type: 'string' }),
  description: 'pass as cursor for the next page; null on the last one',
} as const

export const adminSecretListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...adminPageQuery,
    state: { type: 'string', enum: ADMIN_STATES },
    owner: {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      description: 'an API key name, or oidc:<subject> for a signed-in user',
    },
  },
} as const

export const adminSecretList = {
  type: 'object',
  required: ['items', 'next_cursor'],
  additionalProperties: false,
  properties: {
    items: { type: 'array', items: adminSecret },
    next_cursor: nextCursor,
  },
} as const

export function adminSecretPatch(limits: Pick<InstanceLimits, 'maxTtl' | 'maxViews'>) {
  return {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      expires_at: {
        ...timestamp,
        description: `new expiry; at most MAX_TTL (${limits.maxTtl} s) after the secret was created`,
      },
      ttl: {
        type: 'integer',
        minimum: 1,
        maximum: limits.maxTtl,
        description: 'seconds from now; the same bound as expires_at',
      },
      max_views: {
        type: 'integer',
        minimum: 1,
        maximum: limits.maxViews,
        description: 'more than the views already used',
      },
    },
  } as const
}

export const adminStats = {
  type: 'object',
  required: ['secrets', 'uploading', 'bytes_stored'],
  additionalProperties: false,
  properties: {
    secrets: {
      type: 'object',
      required: [...ADMIN_STATES],
      additionalProperties: false,
      properties: Object.fromEntries(ADMIN_STATES.map((s) => [s, { type: 'integer' }])) as Record<
        (typeof ADMIN_STATES)[number],
        { type: 'integer' }
      >,
    },
    uploading: { type: 'integer', description: 'streamed uploads not complete yet' },
    bytes_stored: { type: 'integer', description: 'ciphertext bytes in the database' },
  },
} as const
