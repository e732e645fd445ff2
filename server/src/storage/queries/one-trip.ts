import { sql, type Kysely } from 'kysely'
import type { DialectTraits } from '../dialect.js'
import { INSTANCE_SCOPE, type Database, type NewSecretRow } from '../schema.js'
import type { NotificationDatabase } from '../../notifications/store/schema.js'
import { notificationGate } from '../../notifications/store/statements.js'
import { countView, insertSecret, type ByIdAt } from './secret-steps.js'
import { template } from './template.js'
import { RESERVED } from './usage.js'

/**
 * The common create and claim as ONE statement each, on engines with
 * data-modifying common table expressions (PostgreSQL). Inside a group
 * commit every statement is a round trip to the server, and the round trips
 * bounded throughput: a claim was five statements, a create three. Each
 * statement starts with the very step that decides the write alone
 * (secret-steps.ts), and every later step selects from what that one
 * returned, so a step after a lost race or a taken id changes nothing.
 * `writes/secrets.ts` uses them when present; the rare cases (fan-out
 * links, e-mail notices, streamed envelopes, refused quotas, locked or
 * missing secrets) keep their own statements there.
 */
export function compileOneTripStatements(
  db: Kysely<Database>,
  traits: DialectTraits,
): Partial<ReturnType<typeof oneTripStatements>> {
  return traits.dataModifyingCtes ? oneTripStatements(db) : {}
}

/** Arguments of the one-trip create: the row, its ciphertext, the quota's two limits. */
export type WholeSecretArgs = NewSecretRow & {
  readonly envelope: Uint8Array
  readonly instance_limit: number
  readonly owner_limit: number
}

function oneTripStatements(db: Kysely<Database>) {
  const withNotifications = db.withTables<NotificationDatabase>()
  return {
    /**
     * countView, then the payload deleted (last view) or read, the last
     * view's bytes given back (instance and owner) and the notification gate.
     * No row: nothing was counted (locked, lost race, gone).
     */
    claimView: template((a: ByIdAt) =>
      withNotifications
        .with('counted', () => countView(db, a))
        .with('taken', (qc) =>
          qc
            .deleteFrom('payloads')
            .where('id', '=', a.id)
            .where((eb) =>
              eb.exists(
                eb.selectFrom('counted').select('views').whereRef('views', '>=', 'max_views'),
              ),
            )
            .returning('envelope'),
        )
        .with('released', (qc) =>
          qc
            .updateTable('storage_usage')
            .from('counted')
            .set({ bytes: sql<number>`storage_usage.bytes - counted.envelope_size` })
            .whereRef('counted.views', '>=', 'counted.max_views')
            .where((eb) =>
              eb.or([
                eb('storage_usage.scope', '=', INSTANCE_SCOPE),
                eb('storage_usage.scope', '=', eb.ref('counted.owner')),
              ]),
            )
            .returning('storage_usage.scope'),
        )
        .selectFrom('counted')
        .select((eb) => [
          'counted.views',
          'counted.max_views',
          'counted.owner',
          'counted.created_at',
          'counted.expires_at',
          // One snapshot for the whole statement: the read still sees a payload `taken` deletes.
          eb.fn
            .coalesce(
              eb.selectFrom('taken').select('envelope'),
              eb.selectFrom('payloads').select('envelope').where('id', '=', a.id),
            )
            .as('envelope'),
          ...notificationGate(withNotifications, a.id),
        ]),
    ),
    /**
     * insertSecret, then its payload and the reservation of its size for the
     * instance and, when it has one, its owner (the owner's only when the
     * instance had room). The caller checked the size against both limits;
     * on a refusal it undoes the rest in the same transaction.
     */
    insertWhole: template((a: WholeSecretArgs) =>
      db
        .with('inserted', () => insertSecret(db, a))
        .with('payload', (qc) =>
          qc
            .insertInto('payloads')
            .columns(['id', 'envelope'])
            .expression((eb) =>
              eb
                .selectFrom('inserted')
                .select(['id', sql<Uint8Array>`${a.envelope}::bytea`.as('envelope')]),
            )
            .returning('id'),
        )
        .with('instance', (qc) =>
          qc
            .insertInto('storage_usage')
            .columns(['scope', 'bytes'])
            .expression((eb) =>
              eb
                .selectFrom('inserted')
                .select([sql<string>`${INSTANCE_SCOPE}::text`.as('scope'), 'envelope_size']),
            )
            .onConflict((oc) =>
              oc
                .column('scope')
                .doUpdateSet({ bytes: RESERVED })
                .where(RESERVED, '<=', a.instance_limit),
            )
            .returning('bytes'),
        )
        .with('own', (qc) =>
          qc
            .insertInto('storage_usage')
            .columns(['scope', 'bytes'])
            .expression((eb) =>
              eb
                .selectFrom('inserted')
                .select(['owner', 'envelope_size'])
                .where('owner', 'is not', null)
                .where((w) => w.exists(w.selectFrom('instance').select('bytes'))),
            )
            .onConflict((oc) =>
              oc
                .column('scope')
                .doUpdateSet({ bytes: RESERVED })
                .where(RESERVED, '<=', a.owner_limit),
            )
            .returning('bytes'),
        )
        .selectNoFrom((eb) => [
          eb.exists(eb.selectFrom('inserted').select('id')).as('inserted'),
          eb.exists(eb.selectFrom('instance').select('bytes')).as('instance'),
          eb.exists(eb.selectFrom('own').select('bytes')).as('owner'),
        ]),
    ),
  }
}
