import type { Kysely } from 'kysely'
import type { ApiKeyScope } from '@hushlink/shared/api'
import type { Database } from '../schema.js'
import { template } from './template.js'

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
      }) =>
        db
          .insertInto('api_keys')
          .values({
            id: a.id,
            name: a.name,
            scope: a.scope,
            key_hash: a.key_hash,
            created_at: a.created_at,
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id'),
    ),
    findKey: template((a: { key_hash: Uint8Array }) =>
      db
        .selectFrom('api_keys')
        .select(['id', 'name', 'scope', 'created_at', 'revoked_at', 'last_used_at'])
        .where('key_hash', '=', a.key_hash)
        .where('revoked_at', 'is', null),
    ),
    listKeys: template(() =>
      db
        .selectFrom('api_keys')
        .select(['id', 'name', 'scope', 'created_at', 'revoked_at', 'last_used_at'])
        .orderBy('created_at')
        .orderBy('id'),
    ),
    // An id always means its key, revoked or not; a name counts only when no
    // key has that id, since a name may be spelled like another key's id.
    revokeKey: template((a: { ref: string; now: number }) =>
      db
        .updateTable('api_keys')
        .set({ revoked_at: a.now })
        .where('revoked_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('id', '=', a.ref),
            eb.and([
              eb('name', '=', a.ref),
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('api_keys as by_id')
                    .select('by_id.id')
                    .where('by_id.id', '=', a.ref),
                ),
              ),
            ]),
          ]),
        )
        .returning(['id', 'name']),
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
