import { sql, type Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * Requests (issue 15): a request, its sealed note and verifiers, and one row
 * per answer linking an ordinary secret to its request with the sealed key.
 * An answer row goes with its secret (the sweeper deletes expired secrets),
 * and with its request.
 */
export function requests(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('request_verifier', types.binary, (c) => c.notNull())
      .addColumn('inbox_verifier', types.binary, (c) => c.notNull())
      .addColumn('note', types.binary, (c) => c.notNull())
      .addColumn('max_answers', 'integer', (c) => c.notNull())
      .addColumn('answers', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .addColumn('expires_at', types.timestamp, (c) => c.notNull())
      .addColumn('keep_until', types.timestamp, (c) => c.notNull())
      .addColumn('owner', 'text')
      .addCheckConstraint('requests_state_check', sql`state in ('open', 'closed')`)
      .addCheckConstraint(
        'requests_answers_check',
        sql`max_answers between 1 and 100 and answers between 0 and max_answers`,
      )
      .execute()
    await db.schema.createIndex('requests_keep_until').on('requests').column('keep_until').execute()
    await db.schema
      .createIndex('requests_created_at_id')
      .on('requests')
      .columns(['created_at', 'id'])
      .execute()
    await db.schema
      .createTable('request_answers')
      .addColumn('secret_id', 'text', (c) =>
        c.primaryKey().references('secrets.id').onDelete('cascade'),
      )
      .addColumn('request_id', 'text', (c) =>
        c.notNull().references('requests.id').onDelete('cascade'),
      )
      .addColumn('sealed_key', types.binary, (c) => c.notNull())
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('request_answers_request_id')
      .on('request_answers')
      .columns(['request_id', 'created_at'])
      .execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('request_answers').execute()
      await db.schema.dropTable('requests').execute()
    },
  }
}
