import type { Kysely } from 'kysely'
import type { DialectTraits } from '../dialect.js'
import type { Database } from '../schema.js'
import { template } from './template.js'

export interface KeyOf {
  readonly principal: string
  readonly key: string
}

/**
 * Statements of `Idempotency-Key` (issue 6). The primary key (principal, key)
 * decides which of several concurrent requests creates the secret: on either
 * engine exactly one insert of a given key can succeed.
 */
export function compileIdempotencyStatements(db: Kysely<Database>, traits: DialectTraits) {
  return {
    // Takes the key, or a stale row of it; returns nothing when a fresh one holds it.
    claimIdempotencyKey: template(
      (
        a: KeyOf & {
          request_hash: Uint8Array
          response: string
          created_at: number
          stale_before: number
        },
      ) =>
        db
          .insertInto('idempotency_keys')
          .values({
            principal: a.principal,
            key: a.key,
            request_hash: a.request_hash,
            response: a.response,
            created_at: a.created_at,
          })
          .onConflict((oc) =>
            oc
              .columns(['principal', 'key'])
              .doUpdateSet((eb) => ({
                request_hash: eb.ref('excluded.request_hash'),
                response: eb.ref('excluded.response'),
                created_at: eb.ref('excluded.created_at'),
              }))
              .where('idempotency_keys.created_at', '<=', a.stale_before),
          )
          .returning('principal'),
    ),
    findIdempotencyKey: template((a: KeyOf) =>
      db
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'response'])
        .where('principal', '=', a.principal)
        .where('key', '=', a.key),
    ),
    releaseIdempotencyKey: template((a: KeyOf) =>
      db
        .deleteFrom('idempotency_keys')
        .where('principal', '=', a.principal)
        .where('key', '=', a.key),
    ),
    sweepIdempotencyKeys: template((a: { before: number; limit: number }) =>
      db.deleteFrom('idempotency_keys').where((eb) =>
        eb(
          eb.refTuple('principal', 'key'),
          'in',
          eb
            .selectFrom('idempotency_keys')
            .select(['principal', 'key'])
            .where('created_at', '<=', a.before)
            .limit(a.limit)
            // Replicas sweeping together take disjoint batches (see dialect.ts).
            .$if(traits.skipLocked, (q) => q.forUpdate().skipLocked())
            .$asTuple('principal', 'key'),
        ),
      ),
    ),
  }
}
