import type { ClaimedRow } from '../notifications/store/statements.js'
import type { WebhookEndpointTable } from '../notifications/store/schema.js'
import type { StorageDriver } from './driver.js'
import type { Statements } from './queries/index.js'
import type { DeliveryLease } from './writes/notifications.js'

type RowOf<T> = T extends { readonly types?: { readonly row: infer Row } } ? Row : never
export type EndpointRow = RowOf<Statements['listEndpoints']>
export type EndpointStateRow = RowOf<Statements['endpointStates']>

/**
 * The notification tables through the store's reader and writer (issue 16):
 * reads on the reader, every write a write kind (writes/notifications.ts),
 * group-committed like any other. The rows a change queues are not written
 * here but by the change's own handler, in its transaction (notifyChange).
 */
export interface NotificationStore {
  addEndpoint(endpoint: WebhookEndpointTable): Promise<void>
  /** False when no endpoint has the id; its deliveries go with it. */
  removeEndpoint(id: string): Promise<boolean>
  listEndpoints(): Promise<EndpointRow[]>
  findEndpoint(id: string): Promise<WebhookEndpointTable | undefined>
  /** Deliveries by endpoint and state (the admin view). */
  endpointStates(): Promise<EndpointStateRow[]>
  /** Whether a delivery is due: a read, so an idle worker never takes the write lock. */
  anyDue(now: number): Promise<boolean>
  /** Leases up to `limit` due deliveries to `owner` until `leaseUntil`. */
  lease(limit: number, now: number, owner: string, leaseUntil: number): Promise<ClaimedRow[]>
  finish(lease: DeliveryLease, state: 'delivered' | 'failed'): Promise<void>
  retry(lease: DeliveryLease, nextAt: number): Promise<void>
  /** Deletes up to `limit` deliveries finished before `before`; resolves to how many. */
  prune(before: number, limit: number): Promise<number>
  /** Deliveries neither delivered nor failed. */
  pendingCount(): Promise<number>
}

export function createNotificationStore({
  reader,
  writer,
  statements: s,
}: StorageDriver): NotificationStore {
  return {
    async addEndpoint(endpoint) {
      await writer.submit({ kind: 'addEndpoint', endpoint })
    },
    removeEndpoint: (id) => writer.submit({ kind: 'removeEndpoint', id }),
    listEndpoints: () => reader.rows(s.listEndpoints, {}),
    async findEndpoint(id) {
      const [row] = await reader.rows(s.findEndpoint, { id })
      return row
    },
    endpointStates: () => reader.rows(s.endpointStates, {}),
    async anyDue(now) {
      return (await reader.rows(s.anyDue, { now })).length > 0
    },
    lease: (limit, now, owner, leaseUntil) =>
      writer.submit({ kind: 'leaseDeliveries', limit, now, owner, lease_until: leaseUntil }),
    async finish(lease, state) {
      await writer.submit({ kind: 'finishDelivery', ...lease, state })
    },
    async retry(lease, nextAt) {
      await writer.submit({ kind: 'retryDelivery', ...lease, next_at: nextAt })
    },
    prune: (before, limit) => writer.submit({ kind: 'pruneDeliveries', before, limit }),
    async pendingCount() {
      const [row] = await reader.rows(s.pendingCount, {})
      return row?.count ?? 0
    },
  }
}
