import { sql, type Kysely } from 'kysely'
import type { DialectTraits } from '../dialect.js'
import type { Database, NewSecretRow } from '../schema.js'
import { template } from './template.js'
import { countView, insertSecret, isOpen, type ByIdAt } from './secret-steps.js'
import { compileOneTripStatements } from './one-trip.js'
import { compileAdminStatements } from './admin.js'
import { compileIdempotencyStatements } from './idempotency.js'
import { compileKeyStatements } from './keys.js'
import { compileRequestStatements } from './requests.js'
import { compileUploadStatements } from './uploads.js'
import {
  compileNotificationStatements,
  notificationGate,
} from '../../notifications/store/statements.js'
import type { NotificationDatabase } from '../../notifications/store/schema.js'
import { compileUsageStatements } from './usage.js'
import { compileLeaseStatements } from './leases.js'
import { compileLinkStatements } from './links.js'

interface ById {
  readonly id: string
}

/**
 * Every statement the service runs, written once with kysely (dialect-neutral)
 * and compiled by the dialect of `db`. Reads filter on `expires_at > now`
 * with the caller's clock; writes are conditional so that concurrent callers
 * cannot both win. `traits` picks the few engine-specific spellings.
 */
export function compileStatements(db: Kysely<Database>, traits: DialectTraits) {
  const withNotifications = db.withTables<NotificationDatabase>()
  return {
    insertSecret: template((a: NewSecretRow) => insertSecret(db, a)),
    insertPayload: template((a: { id: string; envelope: Uint8Array }) =>
      db.insertInto('payloads').values({ id: a.id, envelope: a.envelope }),
    ),
    // With the notification gate, so a claim asks who listens in the statement that counts it.
    countView: template((a: ByIdAt) =>
      countView(db, a).returning(notificationGate(withNotifications, a.id)),
    ),
    readPayload: template((a: ById) =>
      db.selectFrom('payloads').select('envelope').where('id', '=', a.id),
    ),
    takePayload: template((a: ById) =>
      db.deleteFrom('payloads').where('id', '=', a.id).returning('envelope'),
    ),
    deletePayload: template((a: ById) => db.deleteFrom('payloads').where('id', '=', a.id)),
    countFailure: template((a: ByIdAt) =>
      db
        .updateTable('secrets')
        .set({
          fail_count: sql<number>`fail_count + 1`,
          state: sql`case when fail_count + 1 >= max_failures then 'burned_failures' else state end`,
          state_at: sql`case when fail_count + 1 >= max_failures then ${a.now} else state_at end`,
        })
        .where('id', '=', a.id)
        .where('state', '=', 'active')
        .where('expires_at', '>', a.now)
        // Before its opening a passphrase cannot even be tried, so no guess is counted.
        .where(isOpen(a.now))
        .returning(['fail_count', 'max_failures']),
    ),
    burn: template((a: ByIdAt) =>
      db
        .updateTable('secrets')
        .set({ state: 'burned', state_at: a.now })
        .where('id', '=', a.id)
        .where('state', '=', 'active')
        .where('expires_at', '>', a.now)
        .returning(['created_at', 'expires_at']),
    ),
    // Payloads go with their rows (ON DELETE CASCADE).
    deleteExpired: template((a: { now: number; limit: number }) =>
      db
        .deleteFrom('secrets')
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('secrets')
            .select('id')
            .where('expires_at', '<=', a.now)
            .limit(a.limit)
            .$if(traits.skipLocked, (q) => q.forUpdate().skipLocked()),
        )
        .returning(['id', 'state', 'expires_at', 'envelope_size', 'owner', 'created_at']),
    ),
    findActive: template((a: ByIdAt) =>
      db
        .selectFrom('secrets')
        .select([
          'kind',
          'header',
          'envelope_size',
          'max_views',
          'views',
          'expires_at',
          'access_verifier',
          'pass_verifier',
          'not_before',
          // A fan-out secret is claimed through its links only (§10).
          (eb) =>
            eb
              .selectFrom('secret_links')
              .select(eb.fn.countAll<number>().as('n'))
              .whereRef('secret_links.secret_id', '=', 'secrets.id')
              .as('links'),
        ])
        .where('id', '=', a.id)
        .where('state', '=', 'active')
        .where('expires_at', '>', a.now),
    ),
    // Why a conditional update matched nothing: a live secret still locked
    // answers its opening time, read in the same transaction as the update.
    findLocked: template((a: ByIdAt) =>
      db
        .selectFrom('secrets')
        .select('not_before')
        .where('id', '=', a.id)
        .where('state', '=', 'active')
        .where('expires_at', '>', a.now)
        .where('not_before', '>', a.now),
    ),
    findReceipt: template((a: ById) =>
      db
        .selectFrom('secrets')
        .select([
          'state',
          'receipt_verifier',
          'created_at',
          'expires_at',
          'max_views',
          'views',
          'fail_count',
          'claimed_at',
          'not_before',
        ])
        .where('id', '=', a.id),
    ),
    ping: template(() => db.selectNoFrom(sql<number>`1`.as('one'))),
    ...compileUploadStatements(db, traits),
    ...compileAdminStatements(db),
    ...compileIdempotencyStatements(db, traits),
    ...compileKeyStatements(db),
    ...compileNotificationStatements(withNotifications, traits),
    ...compileRequestStatements(db),
    ...compileUsageStatements(db),
    ...compileLeaseStatements(db),
    ...compileLinkStatements(db, traits),
    ...compileOneTripStatements(db, traits),
  }
}

export type Statements = ReturnType<typeof compileStatements>
