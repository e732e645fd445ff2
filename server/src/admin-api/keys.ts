import type { ApiKeyItem, ApiKeyList, ApiKeyScope, CreatedApiKey } from '@hushlink/shared/api'
import { issueApiKey } from '../auth/api-keys.js'
import type { Clock } from '../clock.js'
import { HttpError } from '../errors.js'
import type { ApiKeyRecord, ApiKeyStore } from '../storage/index.js'
import { toIsoTime } from '../wire.js'

export interface KeyService {
  list(): Promise<ApiKeyList>
  /** The key is in the answer only: the store keeps its SHA-256. */
  create(name: string, scope: ApiKeyScope): Promise<CreatedApiKey>
  /** 404 unless an unrevoked key has this id. */
  revoke(id: string): Promise<void>
}

/** API keys through the admin API: the same rules as `hushlink-admin keys`. */
export function createKeyService({ keys, clock }: { keys: ApiKeyStore; clock: Clock }): KeyService {
  return {
    async list() {
      return { items: (await keys.list()).map(toWire) }
    },
    async create(name, scope) {
      const { key, record } = issueApiKey(name, scope, clock.now())
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
    async revoke(id) {
      // By id only: the store also matches names, which a path must not reach.
      const live = (await keys.list()).some((k) => k.id === id && k.revokedAt === null)
      if (!live || (await keys.revoke(id, clock.now())).length === 0) {
        throw new HttpError(404, 'not_found', 'There is no unrevoked API key with this id.')
      }
    },
  }
}

function toWire(key: ApiKeyRecord): ApiKeyItem {
  return {
    id: key.id,
    name: key.name,
    scope: key.scope,
    created_at: toIsoTime(key.createdAt),
    last_used_at: key.lastUsedAt === null ? null : toIsoTime(key.lastUsedAt),
    revoked_at: key.revokedAt === null ? null : toIsoTime(key.revokedAt),
  }
}
