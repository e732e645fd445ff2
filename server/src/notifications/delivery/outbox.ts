import type { NotificationEventType } from '../events.js'

/** One delivery leased to this worker. */
export interface DueDelivery {
  /** The delivery's id, sent as `webhook-id` on every attempt. */
  readonly id: string
  readonly channel: 'webhook' | 'email'
  readonly endpointId: string | null
  readonly eventType: NotificationEventType
  /** The JSON body, built when the change committed. */
  readonly payload: string
  /** E-mail only; erased once the delivery is finished. */
  readonly email: { readonly address: string; readonly language: string } | null
  /** Attempts made before this one. */
  readonly attempts: number
  readonly firstAttemptAt: number | null
}

/**
 * Where the delivery worker takes its work from. A claim leases rows to
 * this worker for a while; a worker that dies mid-delivery lets its lease
 * run out and another takes the delivery again (at least once, same id).
 * Marks apply only while this worker still holds the lease.
 */
export interface Outbox {
  claimDue(limit: number, now: number): Promise<DueDelivery[]>
  markDelivered(id: string, now: number, result: string): Promise<void>
  markRetry(id: string, now: number, nextAt: number, result: string): Promise<void>
  markFailed(id: string, now: number, result: string): Promise<void>
  /** Deletes up to `limit` deliveries finished before `before`; resolves to how many. */
  pruneFinished(before: number, limit: number): Promise<number>
  /** Deliveries not yet delivered or failed (the queue-depth gauge). */
  pendingCount(): Promise<number>
}
