import { sql, type Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * One link per recipient (issue 21, docs/protocol.md §10): a fan-out secret
 * has one row here per link, each with its own access verifier and views.
 * The payload stays once, in `payloads`; the rows go with their secret.
 */
export function secretLinks(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('secret_links')
      .addColumn('secret_id', 'text', (c) =>
        c.notNull().references('secrets.id').onDelete('cascade'),
      )
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('verifier', types.binary, (c) => c.notNull())
      .addColumn('label', types.binary)
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('max_views', 'integer', (c) => c.notNull())
      .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('opened_at', types.timestamp)
      .addColumn('state_at', types.timestamp)
      .addPrimaryKeyConstraint('secret_links_pkey', ['secret_id', 'idx'])
      .addCheckConstraint('secret_links_state_check', sql`state in ('active', 'viewed', 'burned')`)
      .addCheckConstraint(
        'secret_links_views_check',
        sql`idx between 1 and 50 and views between 0 and max_views`,
      )
      .execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('secret_links').execute()
    },
  }
}
