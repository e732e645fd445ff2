import { sql, type Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

/**
 * API keys, idempotent creation and the admin API (issue 6): the owner of a
 * secret, an index for keyset pagination on (created_at, id), the hashed keys
 * and the remembered answers to `Idempotency-Key` requests.
 */
export function apiKeys(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('secrets').addColumn('owner', 'text').execute()
    await db.schema
      .createIndex('secrets_created_at_id')
      .on('secrets')
      .columns(['created_at', 'id'])
      .execute()
    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key_hash', types.binary, (c) => c.notNull().unique())
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .addColumn('revoked_at', types.timestamp)
      .addColumn('last_used_at', types.timestamp)
      .addCheckConstraint('api_keys_scope_check', sql`scope in ('create', 'admin')`)
      .execute()
    // A name means one key at a time; a revoked key's name can be given to its replacement.
    await db.schema
      .createIndex('api_keys_active_name')
      .on('api_keys')
      .column('name')
      .unique()
      .where(sql<boolean>`revoked_at is null`)
      .execute()
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('principal', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', types.binary, (c) => c.notNull())
      .addColumn('response', 'text', (c) => c.notNull())
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pkey', ['principal', 'key'])
      .execute()
    await db.schema
      .createIndex('idempotency_keys_created_at')
      .on('idempotency_keys')
      .column('created_at')
      .execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('idempotency_keys').execute()
      await db.schema.dropTable('api_keys').execute()
      await db.schema.dropIndex('secrets_created_at_id').execute()
      await db.schema.alterTable('secrets').dropColumn('owner').execute()
    },
  }
}
