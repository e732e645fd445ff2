import { randomUUID } from 'node:crypto'
import type { NotificationStore } from '../../storage/store.js'
import type { DueDelivery, Outbox } from '../delivery/outbox.js'
import type { ClaimedRow } from './statements.js'

/**
 * The outbox in the store's database; `owner` names this worker in its leases.
 * `leaseMs` (WEBHOOK_LEASE) is how long a claimed delivery stays with this
 * worker: longer than an attempt, so only a worker that died loses its deliveries.
 */
export function createDbOutbox(
  store: NotificationStore,
  leaseMs: number,
  owner: string = randomUUID(),
): Outbox {
  return {
    async claimDue(limit, now) {
      if (!(await store.anyDue(now))) return []
      return (await store.lease(limit, now, owner, now + leaseMs)).map(toDue)
    },
    markDelivered: (id, now, result) => store.finish({ id, owner, now, result }, 'delivered'),
    markFailed: (id, now, result) => store.finish({ id, owner, now, result }, 'failed'),
    markRetry: (id, now, nextAt, result) => store.retry({ id, owner, now, result }, nextAt),
    pruneFinished: (before, limit) => store.prune(before, limit),
    pendingCount: () => store.pendingCount(),
  }
}

function toDue(row: ClaimedRow): DueDelivery {
  return {
    id: row.id,
    channel: row.channel,
    endpointId: row.endpoint_id,
    eventType: row.event_type,
    payload: row.payload,
    email:
      row.email_address === null
        ? null
        : { address: row.email_address, language: row.email_language ?? 'en' },
    attempts: row.attempts,
    firstAttemptAt: row.first_attempt_at,
  }
}
