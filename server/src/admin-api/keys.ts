import type { ApiKeyItem, ApiKeyList, ApiKeyScope, CreatedApiKey } from '@hushlink/shared/api'
import { issueApiKey } from '../auth/api-keys.js'
import type { Clock } from '../clock.js'
import { HttpError } from '../errors.js'
import type { ApiKeyRecord, ApiKeyStore } from '../storage/index.js'
import { toIsoTime } from '../wire.js'

export interface KeyService {
  list(): Promise<ApiKeyList>
  /** The key is in the answer only: the store keeps its SHA-256. */
  create(name: string, scope: ApiKeyScope, quotaBytes: number | null): Promise<CreatedApiKey>
  /** Sets the key's storage quota (null: the default); 404 unless an unrevoked key has this id. */
  setQuota(id: string, quotaBytes: number | null): Promise<ApiKeyItem>
  /** 404 unless an unrevoked key has this id. */
  revoke(id: string): Promise<void>
}

/** API keys through the admin API: the same rules as `hushlink-admin keys`. */
export function createKeyService({ keys, clock }: { keys: ApiKeyStore; clock: Clock }): KeyService {
  // By id only: the store also matches names, which a path must not reach.
  async function isLive(id: string): Promise<boolean> {
    return (await keys.list()).some((k) => k.id === id && k.revokedAt === null)
  }
  return {
    async list() {
      return { items: (await keys.list()).map(toWire) }
    },
    async create(name, scope, quotaBytes) {
      const { key, record } = issueApiKey(name, scope, quotaBytes, clock.now())
      if (!(await keys.create(record))) {
        throw new HttpError(
          409,
          'name_taken',
          'An API key with this name exists: revoke it first or pick another name.',
        )
      }
      return {
        key,
        item: toWire({ ...record, revokedAt: null, lastUsedAt: null }),
      }
    },
    async setQuota(id, quotaBytes) {
      const updated = (await isLive(id)) ? await keys.setQuota(id, quotaBytes) : undefined
      if (!updated) throw noSuchKey()
      return toWire(updated)
    },
    async revoke(id) {
      if (!(await isLive(id)) || (await keys.revoke(id, clock.now())).length === 0) {
        throw noSuchKey()
      }
    },
  }
}

function noSuchKey(): HttpError {
  return new HttpError(404, 'not_found', 'There is no unrevoked API key with this id.')
}

function toWire(key: ApiKeyRecord): ApiKeyItem {
  return {
    id: key.id,
    name: key.name,
    scope: key.scope,
    created_at: toIsoTime(key.createdAt),
    last_used_at: key.lastUsedAt === null ? null : toIsoTime(key.lastUsedAt),
    revoked_at: key.revokedAt === null ? null : toIsoTime(key.revokedAt),
    quota_bytes: key.quotaBytes,
  }
}
