import type { Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * Time-locked secrets (issue 21, protocol §9): the moment before which a
 * secret cannot be claimed, null for one that opens at once. Adding a
 * nullable column needs no rebuild on either engine; existing rows stay open.
 */
export function timeLock(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('secrets').addColumn('not_before', types.timestamp).execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('secrets').dropColumn('not_before').execute()
    },
  }
}
