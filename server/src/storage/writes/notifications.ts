import type { ClaimedRow } from '../../notifications/store/statements.js'
import type { WebhookEndpointTable } from '../../notifications/store/schema.js'
import type { WriteContext, WriteHandler } from './context.js'

/** A worker's hold on a leased delivery: marks apply only while it still holds the lease. */
export interface DeliveryLease {
  readonly id: string
  readonly owner: string
  readonly now: number
  readonly result: string
}

/**
 * Writes of the notification outbox and its endpoints (issue 16). The rows a
 * change queues are written by that change's own handler (writes/secrets.ts,
 * through notifyChange), in its transaction; these are the delivery worker's
 * and the admin's writes.
 */
export const notificationWrites = {
  async addEndpoint(
    { db, s }: WriteContext,
    a: { readonly endpoint: WebhookEndpointTable },
  ): Promise<null> {
    await db.run(s.insertEndpoint, a.endpoint)
    return null
  },

  /** False when no endpoint has the id; its deliveries go with it. */
  removeEndpoint: async ({ db, s }: WriteContext, a: { readonly id: string }): Promise<boolean> =>
    (await db.run(s.deleteEndpoint, a)) > 0,

  /** Leases up to `limit` due deliveries to `owner` until `lease_until`. */
  leaseDeliveries: (
    { db, s }: WriteContext,
    a: {
      readonly limit: number
      readonly now: number
      readonly owner: string
      readonly lease_until: number
    },
  ): Promise<ClaimedRow[]> => db.rows(s.claimDue, a),

  async finishDelivery(
    { db, s }: WriteContext,
    a: DeliveryLease & { readonly state: 'delivered' | 'failed' },
  ): Promise<null> {
    const { state, ...lease } = a
    await db.run(state === 'delivered' ? s.markDelivered : s.markFailed, lease)
    return null
  },

  async retryDelivery(
    { db, s }: WriteContext,
    a: DeliveryLease & { readonly next_at: number },
  ): Promise<null> {
    await db.run(s.markRetry, a)
    return null
  },

  /** Finished deliveries deleted. */
  pruneDeliveries: (
    { db, s }: WriteContext,
    a: { readonly before: number; readonly limit: number },
  ): Promise<number> => db.run(s.pruneFinished, a),
} satisfies Record<string, WriteHandler>
