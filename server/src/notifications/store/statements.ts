import { sql, type Kysely } from 'kysely'
import type { DialectTraits } from '../../storage/dialect.js'
import { template } from '../../storage/queries/template.js'
import type { Database } from '../../storage/schema.js'
import type { NotificationDatabase, DeliveryTable, WebhookEndpointTable } from './schema.js'

/** The notification tables, and `secrets` for what a notification says about one. */
export type NotificationTables = Database & NotificationDatabase

const DELIVERY_COLUMNS = [
  'id',
  'channel',
  'endpoint_id',
  'event_type',
  'payload',
  'email_address',
  'email_language',
  'attempts',
  'first_attempt_at',
] as const

export type ClaimedRow = Pick<DeliveryTable, (typeof DELIVERY_COLUMNS)[number]>

/**
 * Statements of the notification tables, compiled with the store's others at
 * start-up (storage/queries/index.ts), so the SQLite writer thread gets them as data.
 */
export function compileNotificationStatements(
  db: Kysely<NotificationTables>,
  traits: DialectTraits,
) {
  const endpointColumns = ['id', 'url', 'signing_secret', 'events', 'owner', 'created_at'] as const
  return {
    insertEndpoint: template((a: WebhookEndpointTable) =>
      db.insertInto('webhook_endpoints').values({
        id: a.id,
        url: a.url,
        signing_secret: a.signing_secret,
        events: a.events,
        owner: a.owner,
        created_at: a.created_at,
      }),
    ),
    listEndpoints: template(() =>
      db
        .selectFrom('webhook_endpoints')
        .select(endpointColumns)
        .orderBy('created_at')
        .orderBy('id'),
    ),
    findEndpoint: template((a: { id: string }) =>
      db.selectFrom('webhook_endpoints').select(endpointColumns).where('id', '=', a.id),
    ),
    deleteEndpoint: template((a: { id: string }) =>
      db.deleteFrom('webhook_endpoints').where('id', '=', a.id),
    ),
    /**
     * The one question every claim, burn and sweep asks first: is any endpoint
     * registered, is an address waiting on this secret? Two index probes in one
     * statement, so a change nobody listens to costs one tiny statement.
     */
    notificationGate: template((a: { secret_id: string }) =>
      db.selectNoFrom(notificationGate(db, a.secret_id)),
    ),
    /** The endpoints an event of a secret with this owner may go to (event types are checked by the caller). */
    endpointsFor: template((a: { owner: string | null }) =>
      db
        .selectFrom('webhook_endpoints')
        .select(['id', 'events'])
        .where((eb) => eb.or([eb('owner', 'is', null), eb('owner', '=', a.owner)])),
    ),
    /** Deliveries by state per endpoint; `failing` counts pending ones whose last attempt failed. */
    endpointStates: template(() =>
      db
        .selectFrom('notification_deliveries')
        .select((eb) => [
          'endpoint_id',
          'state',
          sql<number>`cast(count(*) as integer)`.as('count'),
          sql<number>`cast(sum(case when ${eb.ref('attempts')} > 0 then 1 else 0 end) as integer)`.as(
            'retried',
          ),
          eb.fn.max('last_result').as('last_result'),
        ])
        .where('endpoint_id', 'is not', null)
        .groupBy(['endpoint_id', 'state']),
    ),
    insertDelivery: template(
      (a: Omit<DeliveryTable, 'lease_owner' | 'lease_until' | 'last_result' | 'finished_at'>) =>
        db.insertInto('notification_deliveries').values({
          id: a.id,
          channel: a.channel,
          endpoint_id: a.endpoint_id,
          event_type: a.event_type,
          payload: a.payload,
          email_address: a.email_address,
          email_language: a.email_language,
          state: a.state,
          attempts: a.attempts,
          next_attempt_at: a.next_attempt_at,
          first_attempt_at: a.first_attempt_at,
          created_at: a.created_at,
        }),
    ),
    /**
     * Leases up to `limit` due deliveries to one worker. On PostgreSQL the
     * rows are locked with SKIP LOCKED, so replicas claiming at the same
     * moment take disjoint sets and never wait for each other; SQLite has
     * one writer, so the statement alone is atomic.
     */
    claimDue: claimDue(db, traits.skipLocked),
    /** Whether anything is due: a read, so an idle worker never takes the write lock. */
    anyDue: template((a: { now: number }) =>
      db
        .selectFrom('notification_deliveries')
        .select('id')
        .where('state', '=', 'pending')
        .where('next_attempt_at', '<=', a.now)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', a.now)]))
        .limit(1),
    ),
    markDelivered: template((a: { id: string; owner: string; now: number; result: string }) =>
      finish(db, a, 'delivered'),
    ),
    markFailed: template((a: { id: string; owner: string; now: number; result: string }) =>
      finish(db, a, 'failed'),
    ),
    markRetry: template(
      (a: { id: string; owner: string; now: number; next_at: number; result: string }) =>
        db
          .updateTable('notification_deliveries')
          .set((eb) => ({
            attempts: eb('attempts', '+', 1),
            first_attempt_at: eb.fn.coalesce('first_attempt_at', eb.val(a.now)),
            next_attempt_at: a.next_at,
            last_result: a.result,
            lease_owner: null,
            lease_until: null,
          }))
          .where('id', '=', a.id)
          .where('lease_owner', '=', a.owner)
          .where('state', '=', 'pending'),
    ),
    /** Finished deliveries older than `before`, a bounded batch at a time. */
    pruneFinished: template((a: { before: number; limit: number }) =>
      db
        .deleteFrom('notification_deliveries')
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('notification_deliveries')
            .select('id')
            .where('state', '!=', 'pending')
            .where('finished_at', '<', a.before)
            .limit(a.limit),
        ),
    ),
    pendingCount: template(() =>
      db
        .selectFrom('notification_deliveries')
        .select(sql<number>`cast(count(*) as integer)`.as('count'))
        .where('state', '=', 'pending'),
    ),
    insertEmailTarget: template(
      (a: { secret_id: string; address: string; language: string; created_at: number }) =>
        db.insertInto('notification_email_targets').values({
          secret_id: a.secret_id,
          address: a.address,
          language: a.language,
          created_at: a.created_at,
        }),
    ),
    /** What a notification says about a secret that is still stored. */
    notificationSubject: template((a: { id: string }) =>
      db.selectFrom('secrets').select(['owner', 'created_at', 'expires_at']).where('id', '=', a.id),
    ),
    /** Takes the address waiting on a secret: read and deleted in one statement. */
    takeEmailTarget: template((a: { secret_id: string }) =>
      db
        .deleteFrom('notification_email_targets')
        .where('secret_id', '=', a.secret_id)
        .returning(['address', 'language']),
    ),
  }
}

export type NotificationStatements = ReturnType<typeof compileNotificationStatements>

/**
 * The gate's two columns, `endpoint` and `email`; also selected by the
 * one-trip claim (storage/queries/one-trip.ts), so it needs no statement of its own.
 */
export function notificationGate(db: Kysely<NotificationTables>, secretId: string) {
  return [
    sql<boolean>`exists ${db.selectFrom('webhook_endpoints').select('id')}`.as('endpoint'),
    sql<boolean>`exists ${db
      .selectFrom('notification_email_targets')
      .select('secret_id')
      .where('secret_id', '=', secretId)}`.as('email'),
  ] as const
}

function claimDue(db: Kysely<NotificationTables>, skipLocked: boolean) {
  return template((a: { limit: number; now: number; owner: string; lease_until: number }) =>
    db
      .updateTable('notification_deliveries')
      .set({ lease_owner: a.owner, lease_until: a.lease_until })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('notification_deliveries')
          .select('id')
          .where('state', '=', 'pending')
          .where('next_attempt_at', '<=', a.now)
          .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', a.now)]))
          .orderBy('next_attempt_at')
          .limit(a.limit)
          .$if(skipLocked, (q) => q.forUpdate().skipLocked()),
      )
      .returning(DELIVERY_COLUMNS),
  )
}

/** A delivery done with: the address it held (if any) is erased with it. */
function finish(
  db: Kysely<NotificationTables>,
  a: { id: string; owner: string; now: number; result: string },
  state: 'delivered' | 'failed',
) {
  return db
    .updateTable('notification_deliveries')
    .set((eb) => ({
      state,
      attempts: eb('attempts', '+', 1),
      first_attempt_at: eb.fn.coalesce('first_attempt_at', eb.val(a.now)),
      finished_at: a.now,
      last_result: a.result,
      email_address: null,
      email_language: null,
      lease_owner: null,
      lease_until: null,
    }))
    .where('id', '=', a.id)
    .where('lease_owner', '=', a.owner)
    .where('state', '=', 'pending')
}
