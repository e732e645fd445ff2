import type { Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * Chunk leases in the database (issue 18.9): one row per running download of
 * a chunked envelope, so that the download of the last view, on any replica,
 * leaves the chunks to a download of an earlier view still running on another.
 */
export function chunkLeases(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('chunk_leases')
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('until', types.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('chunk_leases_pkey', ['id', 'holder'])
      .execute()
    await db.schema.createIndex('chunk_leases_until').on('chunk_leases').column('until').execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('chunk_leases').execute()
    },
  }
}
