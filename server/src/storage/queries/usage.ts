import { sql, type Kysely } from 'kysely'
import { INSTANCE_SCOPE, type Database } from '../schema.js'
import { template } from './template.js'

/** A scope's total with the bytes being reserved: the conflicting row's, plus the insert's. */
export const RESERVED = sql<number>`storage_usage.bytes + excluded.bytes`

/**
 * Statements of the storage quota's running totals (issue 18.3). Every one
 * touches one row by its primary key: a create's check costs the same however
 * many secrets are stored.
 */
export function compileUsageStatements(db: Kysely<Database>) {
  return {
    // Adds `bytes` unless that passes `limit`: no row back means refused. A
    // scope's first reservation inserts its row (the caller checked bytes <= limit).
    reserveUsage: template((a: { scope: string; bytes: number; limit: number }) =>
      db
        .insertInto('storage_usage')
        .values({ scope: a.scope, bytes: a.bytes })
        .onConflict((oc) =>
          oc.column('scope').doUpdateSet({ bytes: RESERVED }).where(RESERVED, '<=', a.limit),
        )
        .returning('bytes'),
    ),
    // The instance and, when the secret has one, its owner.
    releaseUsage: template((a: { owner: string | null; bytes: number }) =>
      db
        .updateTable('storage_usage')
        .set({ bytes: sql<number>`bytes - ${a.bytes}` })
        .where((eb) => eb.or([eb('scope', '=', INSTANCE_SCOPE), eb('scope', '=', a.owner)])),
    ),
    // What a secret reserved, read inside the write that frees it.
    secretUsage: template((a: { id: string }) =>
      db.selectFrom('secrets').select(['envelope_size', 'owner']).where('id', '=', a.id),
    ),
    // Undoes an insert the quota refused, in its transaction (payload and progress rows cascade).
    forgetSecret: template((a: { id: string }) => db.deleteFrom('secrets').where('id', '=', a.id)),
    usageOf: template((a: { scope: string }) =>
      db.selectFrom('storage_usage').select('bytes').where('scope', '=', a.scope),
    ),
  }
}
