import { sql, type Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * Notifications (issue 16): webhook endpoints, the transactional outbox of
 * deliveries, and e-mail addresses waiting for a secret to be opened.
 */
export function notifications(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('webhook_endpoints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull())
      // Kept in clear: signing needs it. Shown once when the endpoint is added.
      .addColumn('signing_secret', 'text', (c) => c.notNull())
      // Comma-separated event types.
      .addColumn('events', 'text', (c) => c.notNull())
      // The name of the API key whose secrets alone notify it; null: every secret.
      .addColumn('owner', 'text')
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('notification_deliveries')
      // Also the webhook-id: the same on every attempt, so receivers drop duplicates.
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('endpoint_id', 'text', (c) =>
        c.references('webhook_endpoints.id').onDelete('cascade'),
      )
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      // Only until the message is sent or has failed for good.
      .addColumn('email_address', 'text')
      .addColumn('email_language', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', types.timestamp, (c) => c.notNull())
      .addColumn('first_attempt_at', types.timestamp)
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', types.timestamp)
      .addColumn('last_result', 'text')
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .addColumn('finished_at', types.timestamp)
      .addCheckConstraint(
        'notification_deliveries_state_check',
        sql`state in ('pending', 'delivered', 'failed')`,
      )
      .addCheckConstraint(
        'notification_deliveries_channel_check',
        sql`channel in ('webhook', 'email')`,
      )
      .execute()
    await db.schema
      .createIndex('notification_deliveries_due')
      .on('notification_deliveries')
      .columns(['state', 'next_attempt_at'])
      .execute()
    await db.schema
      .createIndex('notification_deliveries_endpoint')
      .on('notification_deliveries')
      .columns(['endpoint_id', 'state'])
      .execute()
    await db.schema
      .createTable('notification_email_targets')
      // Gone with the secret: the address never outlives the row it waits on.
      .addColumn('secret_id', 'text', (c) =>
        c.primaryKey().references('secrets.id').onDelete('cascade'),
      )
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('notification_email_targets').execute()
      await db.schema.dropTable('notification_deliveries').execute()
      await db.schema.dropTable('webhook_endpoints').execute()
    },
  }
}
