import type { ExpressionBuilder, Kysely } from 'kysely'
import type { ApiKeyScope } from '@hushlink/shared/api'
import type { Database } from '../schema.js'
import { template } from './template.js'

/** What a key's record shows: never its hash. */
const KEY_COLUMNS = [
  'id',
  'name',
  'scope',
  'created_at',
  'revoked_at',
  'last_used_at',
  'quota_bytes',
] as const

/** Statements of API keys (issue 6): stored and looked up by SHA-256 only. */
export function compileKeyStatements(db: Kysely<Database>) {
  return {
    // DO NOTHING on any unique violation: an unrevoked key already has this name.
    insertKey: template(
      (a: {
        id: string
        name: string
        scope: ApiKeyScope
        key_hash: Uint8Array
        created_at: number
        quota_bytes: number | null
      }) =>
        db
          .insertInto('api_keys')
          .values({
            id: a.id,
            name: a.name,
            scope: a.scope,
            key_hash: a.key_hash,
            created_at: a.created_at,
            quota_bytes: a.quota_bytes,
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id'),
    ),
    findKey: template((a: { key_hash: Uint8Array }) =>
      db
        .selectFrom('api_keys')
        .select(KEY_COLUMNS)
        .where('key_hash', '=', a.key_hash)
        .where('revoked_at', 'is', null),
    ),
    listKeys: template(() =>
      db.selectFrom('api_keys').select(KEY_COLUMNS).orderBy('created_at').orderBy('id'),
    ),
    revokeKey: template((a: { ref: string; now: number }) =>
      db
        .updateTable('api_keys')
        .set({ revoked_at: a.now })
        .where('revoked_at', 'is', null)
        .where((eb) => refersTo(eb, a.ref))
        .returning(['id', 'name']),
    ),
    setKeyQuota: template((a: { ref: string; quota_bytes: number | null }) =>
      db
        .updateTable('api_keys')
        .set({ quota_bytes: a.quota_bytes })
        .where('revoked_at', 'is', null)
        .where((eb) => refersTo(eb, a.ref))
        .returning(KEY_COLUMNS),
    ),
    touchKey: template((a: { id: string; now: number; before: number }) =>
      db
        .updateTable('api_keys')
        .set({ last_used_at: a.now })
        .where('id', '=', a.id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', a.before)])),
    ),
  }
}

/**
 * The key `ref` names: an id always means its key, revoked or not; a name
 * counts only when no key has that id, since a name may be spelled like
 * another key's id.
 */
function refersTo(eb: ExpressionBuilder<Database, 'api_keys'>, ref: string) {
  return eb.or([
    eb('id', '=', ref),
    eb.and([
      eb('name', '=', ref),
      eb.not(
        eb.exists(
          eb.selectFrom('api_keys as by_id').select('by_id.id').where('by_id.id', '=', ref),
        ),
      ),
    ]),
  ])
}
