import type { StorageDriver } from './driver.js'
import type { ApiKeyRecord, NewApiKey } from './records.js'
import type { ApiKeyTable } from './schema.js'

/** API keys: stored and found by their SHA-256, never by the key itself. */
export interface ApiKeyStore {
  /** False when an unrevoked key already has the name. */
  create(key: NewApiKey): Promise<boolean>
  /** The unrevoked key with this hash. */
  findByHash(hash: Uint8Array): Promise<ApiKeyRecord | undefined>
  list(): Promise<ApiKeyRecord[]>
  /** Revokes the unrevoked key with this id, or else this name; the key revoked, if any. */
  revoke(ref: string, now: number): Promise<{ readonly id: string; readonly name: string }[]>
  /** Sets the storage quota (null: the default) of the unrevoked key with this id, or else this name. */
  setQuota(ref: string, quotaBytes: number | null): Promise<ApiKeyRecord | undefined>
  /** Records a use, unless one was recorded after `before` (so busy keys do not write per request). */
  touch(id: string, now: number, before: number): Promise<void>
}

type KeyRow = Omit<ApiKeyTable, 'key_hash'>

export function createApiKeyStore({ reader, writer, statements: s }: StorageDriver): ApiKeyStore {
  return {
    create: (key) => writer.submit({ kind: 'createKey', key }),
    async findByHash(hash) {
      const [row] = await reader.rows(s.findKey, { key_hash: hash })
      return row ? toRecord(row) : undefined
    },
    async list() {
      return (await reader.rows(s.listKeys, {})).map(toRecord)
    },
    revoke: (ref, now) => writer.submit({ kind: 'revokeKey', ref, now }),
    async setQuota(ref, quotaBytes) {
      const [row] = await writer.submit({ kind: 'setKeyQuota', ref, quota_bytes: quotaBytes })
      return row ? toRecord(row) : undefined
    },
    async touch(id, now, before) {
      await writer.submit({ kind: 'touchKey', id, now, before })
    },
  }
}

function toRecord(row: KeyRow): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    quotaBytes: row.quota_bytes,
  }
}
