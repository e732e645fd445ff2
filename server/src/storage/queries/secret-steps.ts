import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import { SECRET_INSERT_COLUMNS, type Database, type NewSecretRow } from '../schema.js'

/*
 * The two statements that decide a create and a claim, as query builders:
 * compiled alone (queries/index.ts) and as the first step of the one-trip
 * statements on PostgreSQL (queries/one-trip.ts), so both decide alike.
 */

export interface ByIdAt {
  readonly id: string
  readonly now: number
}

/** The secret's opening time has come (or it has none): claims and passphrase attempts may count. */
export function isOpen(now: number) {
  return (eb: ExpressionBuilder<Database, 'secrets'>) =>
    eb.or([eb('not_before', 'is', null), eb('not_before', '<=', now)])
}

/**
 * Inserts a secret's state row; no row back when the id is taken. Also the
 * first step of the one-trip create (queries/one-trip.ts), which reserves
 * the returned size for the returned owner.
 */
export function insertSecret(db: Kysely<Database>, a: NewSecretRow) {
  return (
    db
      .insertInto('secrets')
      // Every column by name: arguments are placeholders, not a spreadable object.
      .values(Object.fromEntries(SECRET_INSERT_COLUMNS.map((c) => [c, a[c]])) as NewSecretRow)
      // DO NOTHING instead of an error: a duplicate must not abort the rest of its batch.
      .onConflict((oc) => oc.column('id').doNothing())
      .returning(['id', 'owner', 'envelope_size'])
  )
}

/**
 * The conditional UPDATE that decides a claim's winner: once the last view is
 * counted the state is no longer 'active' and later claims match nothing.
 * Also the first step of the one-trip claim (queries/one-trip.ts), which
 * frees the returned owner's bytes on the last view.
 */
export function countView(db: Kysely<Database>, a: ByIdAt) {
  return db
    .updateTable('secrets')
    .set({
      views: sql<number>`views + 1`,
      state: sql`case when views + 1 >= max_views then 'viewed' else state end`,
      state_at: sql`case when views + 1 >= max_views then ${a.now} else state_at end`,
      claimed_at: a.now,
    })
    .where('id', '=', a.id)
    .where('state', '=', 'active')
    .where('expires_at', '>', a.now)
    .where(isOpen(a.now))
    .returning(['views', 'max_views', 'owner', 'envelope_size', 'created_at', 'expires_at'])
}
