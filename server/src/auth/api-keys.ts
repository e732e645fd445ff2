import { createHash, randomBytes } from 'node:crypto'
import { API_KEY_NAME_PATTERN, API_KEY_PREFIX, type ApiKeyScope } from '@hushlink/shared/api'
import type { NewApiKey } from '../storage/index.js'

/** A new key: the key itself (shown once, never stored) and the row that stands for it. */
export interface IssuedKey {
  readonly key: string
  readonly record: NewApiKey
}

/**
 * `hlk_` and 32 random bytes: too much entropy to guess, so its SHA-256 is a
 * safe lookup key. `quotaBytes` null: MAX_STORED_BYTES_PER_KEY applies.
 */
export function issueApiKey(
  name: string,
  scope: ApiKeyScope,
  quotaBytes: number | null,
  now: number,
): IssuedKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`
  return {
    key,
    record: {
      id: randomBytes(8).toString('base64url'),
      name,
      scope,
      hash: hashApiKey(key),
      createdAt: now,
      quotaBytes,
    },
  }
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest()
}

/** What a scope allows: an admin key may also create. */
export function scopeAllows(granted: ApiKeyScope, needed: ApiKeyScope): boolean {
  return granted === needed || granted === 'admin'
}

/** Names go into listings and the owner field: short, printable, no spaces. */
export const KEY_NAME_PATTERN = new RegExp(API_KEY_NAME_PATTERN)
