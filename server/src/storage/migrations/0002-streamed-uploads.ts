import { sql, type Kysely } from 'kysely'
import { atomically } from './atomic.js'
import type { ColumnTypes } from './column-types.js'

const SECRET_COLUMNS = [
  'id',
  'state',
  'kind',
  'envelope_size',
  'header',
  'access_verifier',
  'pass_verifier',
  'receipt_verifier',
  'max_views',
  'views',
  'fail_count',
  'max_failures',
  'created_at',
  'expires_at',
  'claimed_at',
  'state_at',
] as const

/**
 * Streamed uploads (issue 4): the state `uploading`, the upload progress table
 * and the chunked ciphertext table.
 *
 * A CHECK constraint cannot be altered in SQLite, so `secrets` is rebuilt with
 * the new one, and `payloads` with it: dropping the old `secrets` while
 * `payloads` still referenced it would cascade-delete every payload. All of it
 * runs in one transaction, so a crash leaves the old schema or the new one.
 */
export function streamedUploads(types: ColumnTypes) {
  async function up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('secrets_v2')
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
        sql`state in ('uploading', 'active', 'viewed', 'burned', 'burned_failures')`,
      )
      .addCheckConstraint('secrets_views_check', sql`views >= 0 and views <= max_views`)
      .addCheckConstraint(
        'secrets_failures_check',
        sql`max_failures between 1 and 10 and fail_count between 0 and max_failures`,
      )
      .execute()
    await copyRows(db, 'secrets', 'secrets_v2', SECRET_COLUMNS)
    await db.schema
      .createTable('payloads_v2')
      .addColumn('id', 'text', (c) =>
        c.primaryKey().references('secrets_v2.id').onDelete('cascade'),
      )
      .addColumn('envelope', types.binary, (c) => c.notNull())
      .execute()
    await copyRows(db, 'payloads', 'payloads_v2', ['id', 'envelope'])
    await db.schema.dropTable('payloads').execute()
    await db.schema.dropTable('secrets').execute()
    // Renaming carries the foreign key of payloads_v2 along (SQLite ≥ 3.26, PostgreSQL).
    await db.schema.alterTable('secrets_v2').renameTo('secrets').execute()
    await db.schema.alterTable('payloads_v2').renameTo('payloads').execute()
    await db.schema.createIndex('secrets_expires_at').on('secrets').column('expires_at').execute()

    await db.schema
      .createTable('uploads')
      .addColumn('id', 'text', (c) => c.primaryKey().references('secrets.id').onDelete('cascade'))
      .addColumn('upload_verifier', types.binary, (c) => c.notNull())
      .addColumn('received', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('chunks', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema
      .createTable('payload_chunks')
      .addColumn('id', 'text', (c) => c.notNull().references('secrets.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('data', types.binary, (c) => c.notNull())
      .addPrimaryKeyConstraint('payload_chunks_pkey', ['id', 'seq'])
      .execute()
  }

  return {
    up: (db: Kysely<unknown>) => atomically(db, up),
    async down(db: Kysely<unknown>): Promise<void> {
      // The wider state check stays: it admits every earlier state.
      await sql`delete from secrets where state = 'uploading'`.execute(db)
      await db.schema.dropTable('payload_chunks').execute()
      await db.schema.dropTable('uploads').execute()
    },
  }
}

async function copyRows(
  db: Kysely<unknown>,
  from: string,
  to: string,
  columns: readonly string[],
): Promise<void> {
  const list = sql.join(columns.map((c) => sql.ref(c)))
  await sql`insert into ${sql.table(to)} (${list}) select ${list} from ${sql.table(from)}`.execute(
    db,
  )
}
