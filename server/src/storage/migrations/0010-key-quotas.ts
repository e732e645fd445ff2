import type { Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * A storage quota per API key (issue 18.3): the bytes of ciphertext the
 * secrets it created may hold at once. Null keeps the instance's default,
 * MAX_STORED_BYTES_PER_KEY, so existing keys behave as before.
 */
export function keyQuotas(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('api_keys').addColumn('quota_bytes', types.timestamp).execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('api_keys').dropColumn('quota_bytes').execute()
    },
  }
}
