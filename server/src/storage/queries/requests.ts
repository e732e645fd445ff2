import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { template } from './template.js'

/** A request row as the services read it: everything but nothing of an answer. */
const REQUEST_COLUMNS = [
  'id',
  'state',
  'request_verifier',
  'inbox_verifier',
  'note',
  'max_answers',
  'answers',
  'created_at',
  'expires_at',
  'owner',
] as const

/**
 * Statements of requests (issue 15). Answers are counted by one conditional
 * UPDATE, like views: of concurrent answers exactly `max_answers` match.
 */
export function compileRequestStatements(db: Kysely<Database>) {
  return {
    insertRequest: template(
      (a: {
        id: string
        request_verifier: Uint8Array
        inbox_verifier: Uint8Array
        note: Uint8Array
        max_answers: number
        created_at: number
        expires_at: number
        owner: string | null
      }) =>
        db
          .insertInto('requests')
          .values({
            id: a.id,
            request_verifier: a.request_verifier,
            inbox_verifier: a.inbox_verifier,
            note: a.note,
            max_answers: a.max_answers,
            created_at: a.created_at,
            expires_at: a.expires_at,
            keep_until: a.expires_at,
            owner: a.owner,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id'),
    ),
    findRequest: template((a: { id: string }) =>
      db.selectFrom('requests').select(REQUEST_COLUMNS).where('id', '=', a.id),
    ),
    // Keeps the row at least as long as the answer it counts, so the inbox lists it.
    countAnswer: template((a: { id: string; now: number; keep_until: number }) =>
      db
        .updateTable('requests')
        .set({
          answers: sql<number>`answers + 1`,
          state: sql`case when answers + 1 >= max_answers then 'closed' else state end`,
          keep_until: sql`case when keep_until < ${a.keep_until} then ${a.keep_until} else keep_until end`,
        })
        .where('id', '=', a.id)
        .where('state', '=', 'open')
        .where('expires_at', '>', a.now)
        .where(sql<boolean>`answers < max_answers`)
        .returning(['answers', 'max_answers']),
    ),
    insertAnswer: template(
      (a: { secret_id: string; request_id: string; sealed_key: Uint8Array; created_at: number }) =>
        db.insertInto('request_answers').values({
          secret_id: a.secret_id,
          request_id: a.request_id,
          sealed_key: a.sealed_key,
          created_at: a.created_at,
        }),
    ),
    // Undoes an insert in the transaction that made it: no one else has seen the row.
    discardSecret: template((a: { id: string }) => db.deleteFrom('secrets').where('id', '=', a.id)),
    closeRequest: template((a: { id: string }) =>
      db
        .updateTable('requests')
        .set({ state: 'closed' })
        .where('id', '=', a.id)
        .where('state', '=', 'open'),
    ),
    /** Answers that can still be opened, oldest first. */
    listAnswers: template((a: { request_id: string; now: number }) =>
      db
        .selectFrom('request_answers')
        .innerJoin('secrets', 'secrets.id', 'request_answers.secret_id')
        .select([
          'request_answers.secret_id',
          'request_answers.sealed_key',
          'request_answers.created_at',
          'secrets.expires_at',
          'secrets.envelope_size',
          'secrets.kind',
          'secrets.max_views',
          'secrets.views',
          sql<number>`case when secrets.pass_verifier is null then 0 else 1 end`.as('passphrase'),
        ])
        .where('request_answers.request_id', '=', a.request_id)
        .where('secrets.state', '=', 'active')
        .where('secrets.expires_at', '>', a.now)
        .orderBy('request_answers.created_at')
        .orderBy('request_answers.secret_id'),
    ),
    // Answer rows go with their request (ON DELETE CASCADE).
    deleteDoneRequests: template((a: { now: number; limit: number }) =>
      db
        .deleteFrom('requests')
        .where('id', 'in', (eb) =>
          eb.selectFrom('requests').select('id').where('keep_until', '<=', a.now).limit(a.limit),
        ),
    ),
    /** Admin listing, newest first, keyset-paginated on (created_at, id). */
    listRequests: template((a: { limit: number; afterCreatedAt: number; afterId: string }) =>
      db
        .selectFrom('requests')
        .select(['id', 'state', 'max_answers', 'answers', 'created_at', 'expires_at', 'owner'])
        .where((eb) =>
          eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(a.afterCreatedAt, a.afterId)),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(a.limit),
    ),
  }
}
