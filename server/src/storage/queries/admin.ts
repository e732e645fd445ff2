import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import type { StateFilter } from '../records.js'
import type { Database, SecretRow } from '../schema.js'
import { template, type Template } from './template.js'

/** Where a page starts: strictly after this (created_at, id), newest first. */
export interface ListArgs {
  readonly now: number
  readonly limit: number
  readonly afterCreatedAt: number
  readonly afterId: string
  readonly owner: string
}

/** The columns a summary shows: facts and states, never ciphertext or verifiers. */
const SUMMARY_COLUMNS = [
  'id',
  'state',
  'kind',
  'envelope_size',
  'owner',
  'created_at',
  'expires_at',
  'max_views',
  'views',
  'fail_count',
  'max_failures',
  'claimed_at',
  'not_before',
] as const satisfies readonly (keyof SecretRow)[]

export type SummaryRow = Pick<SecretRow, (typeof SUMMARY_COLUMNS)[number]> & {
  /** 1 or 0 (SQLite has no boolean). */
  passphrase: number
  receipt: number
}

export const STATE_FILTERS: readonly StateFilter[] = [
  'active',
  'expired',
  'viewed',
  'burned',
  'burned_failures',
]

/** The list statement for each filter: one compiled statement per combination, no SQL built per request. */
export type ListStatements = Readonly<
  Record<`${StateFilter | 'any'}:${'any' | 'owner'}`, Template<SummaryRow, ListArgs>>
>

/**
 * Statements of the admin API (issue 6). They read states and facts, never
 * ciphertext or verifiers (only whether a passphrase or receipt is set).
 */
export function compileAdminStatements(db: Kysely<Database>) {
  const summary = [
    ...SUMMARY_COLUMNS,
    sql<number>`case when pass_verifier is null then 0 else 1 end`.as('passphrase'),
    sql<number>`case when receipt_verifier is null then 0 else 1 end`.as('receipt'),
  ] as const

  const inState =
    (filter: StateFilter | null, now: number) => (eb: ExpressionBuilder<Database, 'secrets'>) => {
      switch (filter) {
        case null:
          // An upload that never completed is no secret yet.
          return eb('state', '<>', 'uploading')
        case 'active':
          return eb.and([eb('state', '=', 'active'), eb('expires_at', '>', now)])
        case 'expired':
          return eb.and([eb('state', '=', 'active'), eb('expires_at', '<=', now)])
        default:
          return eb('state', '=', filter)
      }
    }

  // Keyset pagination: the (created_at, id) of a row never changes, so rows
  // added or deleted elsewhere never shift a page boundary.
  const list = (filter: StateFilter | null, byOwner: boolean) =>
    template((a: ListArgs) =>
      db
        .selectFrom('secrets')
        .select(summary)
        .where(inState(filter, a.now))
        .$if(byOwner, (q) => q.where('owner', '=', a.owner))
        .where((eb) =>
          eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(a.afterCreatedAt, a.afterId)),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(a.limit),
    )
  const listSecrets = Object.fromEntries(
    [null, ...STATE_FILTERS].flatMap((filter) =>
      [false, true].map((byOwner) => [
        `${filter ?? 'any'}:${byOwner ? 'owner' : 'any'}`,
        list(filter, byOwner),
      ]),
    ),
  ) as ListStatements

  return {
    listSecrets,
    findSecret: template((a: { id: string }) =>
      db
        .selectFrom('secrets')
        .select(summary)
        .where('id', '=', a.id)
        .where('state', '<>', 'uploading'),
    ),
    // Conditional like every write: a secret claimed to its end or burned in
    // the meantime is no longer live and is left alone.
    amendSecret: template((a: { id: string; expires_at: number; max_views: number; now: number }) =>
      db
        .updateTable('secrets')
        .set({ expires_at: a.expires_at, max_views: a.max_views })
        .where('id', '=', a.id)
        .where('state', '=', 'active')
        .where('expires_at', '>', a.now)
        .where('views', '<', a.max_views)
        .returning(summary),
    ),
    countStates: compileCountStates(db),
    // Both forms of ciphertext: JSON-created envelopes and the chunks of streamed ones.
    storedBytes: template(() =>
      db.selectNoFrom([
        sql<number>`(select count(*) from payloads) + (select count(distinct id) from payload_chunks)`.as(
          'count',
        ),
        sql<number>`(select coalesce(sum(length(envelope)), 0) from payloads) + (select coalesce(sum(length(data)), 0) from payload_chunks)`.as(
          'bytes',
        ),
      ]),
    ),
  }
}

/**
 * Secret rows per state; `expired` marks the active ones past their expiry
 * (a tombstone past it is still what it is until swept). The one statement
 * of the admin API's and `hushlink-admin stats`'s counts, so they agree.
 */
export function compileCountStates(db: Kysely<Database>) {
  return template((a: { now: number }) =>
    db
      .selectFrom('secrets')
      .select([
        'state',
        sql<number>`case when state = 'active' and expires_at <= ${a.now} then 1 else 0 end`.as(
          'expired',
        ),
        sql<number>`count(*)`.as('n'),
      ])
      // By position: the expression holds a parameter, which PostgreSQL would not match by text.
      .groupBy([sql`1`, sql`2`]),
  )
}
