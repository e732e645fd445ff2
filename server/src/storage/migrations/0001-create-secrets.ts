import { sql, type Kysely } from 'kysely'
import type { ColumnTypes } from './column-types.js'

export function createSecrets(types: ColumnTypes) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('secrets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('active'))
        .addColumn('kind', 'integer', (c) => c.notNull())
        .addColumn('envelope_size', 'integer', (c) => c.notNull())
        .addColumn('header', types.binary, (c) => c.notNull())
        .addColumn('access_verifier', types.binary, (c) => c.notNull())
        .addColumn('pass_verifier', types.binary)
        .addColumn('receipt_verifier', types.binary)
        .addColumn('max_views', 'integer', (c) => c.notNull())
        .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('fail_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_failures', 'integer', (c) => c.notNull())
        .addColumn('created_at', types.timestamp, (c) => c.notNull())
        .addColumn('expires_at', types.timestamp, (c) => c.notNull())
        .addColumn('claimed_at', types.timestamp)
        .addColumn('state_at', types.timestamp)
        .addCheckConstraint(
          'secrets_state_check',
          sql`state in ('active', 'viewed', 'burned', 'burned_failures')`,
        )
        .addCheckConstraint('secrets_views_check', sql`views >= 0 and views <= max_views`)
        .addCheckConstraint(
          'secrets_failures_check',
          sql`max_failures between 1 and 10 and fail_count between 0 and max_failures`,
        )
        .execute()
      await db.schema.createIndex('secrets_expires_at').on('secrets').column('expires_at').execute()
      await db.schema
        .createTable('payloads')
        .addColumn('id', 'text', (c) => c.primaryKey().references('secrets.id').onDelete('cascade'))
        .addColumn('envelope', types.binary, (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('payloads').execute()
      await db.schema.dropTable('secrets').execute()
    },
  }
}
