import { sql, type Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * Storage quotas (issue 18.3): a running total of the bytes secrets hold,
 * for the instance (scope `*`) and per owner (an API key's name), kept in the
 * transaction of every write that reserves or frees them, so a create checks
 * its quota with one indexed row instead of a sum over every secret. Seeded
 * here from what is stored: declared sizes of secrets that still hold, or will
 * hold, ciphertext.
 */
export function storageUsage(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('storage_usage')
      .addColumn('scope', 'text', (c) => c.primaryKey())
      .addColumn('bytes', types.timestamp, (c) => c.notNull())
      .execute()
    await sql`insert into storage_usage (scope, bytes)
      select '*', coalesce(sum(envelope_size), 0) from secrets where state in ('active', 'uploading')`.execute(
      db,
    )
    await sql`insert into storage_usage (scope, bytes)
      select owner, sum(envelope_size) from secrets
      where state in ('active', 'uploading') and owner is not null group by owner`.execute(db)
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('storage_usage').execute()
    },
  }
}
