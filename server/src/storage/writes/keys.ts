import type { NewApiKey } from '../records.js'
import type { ApiKeyTable } from '../schema.js'
import type { WriteContext, WriteHandler } from './context.js'

/** Writes of API keys. */
export const keyWrites = {
  /** False when an unrevoked key has the name. */
  async createKey({ db, s }: WriteContext, { key }: { readonly key: NewApiKey }): Promise<boolean> {
    const inserted = await db.rows(s.insertKey, {
      id: key.id,
      name: key.name,
      scope: key.scope,
      key_hash: key.hash,
      created_at: key.createdAt,
      quota_bytes: key.quotaBytes,
    })
    return inserted.length > 0
  },
  /** The keys revoked (by id or name): none when nothing matched. */
  revokeKey: (
    { db, s }: WriteContext,
    a: { readonly ref: string; readonly now: number },
  ): Promise<{ readonly id: string; readonly name: string }[]> => db.rows(s.revokeKey, a),
  /** The key whose quota was set (by id or name): none when nothing matched. */
  setKeyQuota: (
    { db, s }: WriteContext,
    a: { readonly ref: string; readonly quota_bytes: number | null },
  ): Promise<Omit<ApiKeyTable, 'key_hash'>[]> => db.rows(s.setKeyQuota, a),
  async touchKey(
    { db, s }: WriteContext,
    a: { readonly id: string; readonly now: number; readonly before: number },
  ): Promise<null> {
    await db.run(s.touchKey, a)
    return null
  },
} satisfies Record<string, WriteHandler>
