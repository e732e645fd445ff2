import { randomBytes } from 'node:crypto'
import type { NotificationEventType } from '../events.js'
import { generateSigningSecret } from '../webhooks/signing.js'
import type { NotificationStore } from '../../storage/store.js'

export interface WebhookEndpoint {
  readonly id: string
  readonly url: string
  readonly events: readonly NotificationEventType[]
  /** The API key (by name) whose secrets alone notify it; null: every secret. */
  readonly owner: string | null
  readonly createdAt: number
}

/** Deliveries of one endpoint by state; `failing` are pending ones whose last attempt failed. */
export interface DeliveryCounts {
  readonly pending: number
  readonly failing: number
  readonly delivered: number
  readonly failed: number
  /** The outcome of the most recent failed attempt (`HTTP 500`, `timeout`, …), if any. */
  readonly lastError: string | null
}

export interface EndpointWithState extends WebhookEndpoint {
  readonly deliveries: DeliveryCounts
}

export interface EndpointStore {
  /** The new endpoint and its signing secret, which is never shown again. */
  add(endpoint: {
    url: string
    events: readonly NotificationEventType[]
    owner: string | null
    now: number
  }): Promise<{ endpoint: WebhookEndpoint; signingSecret: string }>
  list(): Promise<EndpointWithState[]>
  find(id: string): Promise<(WebhookEndpoint & { readonly signingSecret: string }) | undefined>
  /** False when no endpoint has the id; its deliveries go with it. */
  remove(id: string): Promise<boolean>
}

const NO_DELIVERIES: DeliveryCounts = {
  pending: 0,
  failing: 0,
  delivered: 0,
  failed: 0,
  lastError: null,
}

export function createEndpointStore(store: NotificationStore): EndpointStore {
  return {
    async add({ url, events, owner, now }) {
      const endpoint = {
        id: `ep_${randomBytes(12).toString('base64url')}`,
        url,
        events: [...events],
        owner,
        createdAt: now,
      }
      const signingSecret = generateSigningSecret()
      await store.addEndpoint({
        id: endpoint.id,
        url,
        signing_secret: signingSecret,
        events: events.join(','),
        owner,
        created_at: now,
      })
      return { endpoint, signingSecret }
    },
    async list() {
      const counts = new Map<string, DeliveryCounts>()
      for (const row of await store.endpointStates()) {
        if (row.endpoint_id === null) continue
        const c = { ...(counts.get(row.endpoint_id) ?? NO_DELIVERIES) }
        if (row.state === 'pending') {
          c.failing = row.retried
          c.pending = row.count - row.retried
        } else c[row.state] = row.count
        if (row.state !== 'delivered' && row.last_result !== null) c.lastError = row.last_result
        counts.set(row.endpoint_id, c)
      }
      const endpoints = await store.listEndpoints()
      return endpoints.map((row) => ({
        ...toEndpoint(row),
        deliveries: counts.get(row.id) ?? NO_DELIVERIES,
      }))
    },
    async find(id) {
      const row = await store.findEndpoint(id)
      return row ? { ...toEndpoint(row), signingSecret: row.signing_secret } : undefined
    },
    remove(id) {
      return store.removeEndpoint(id)
    },
  }
}

function toEndpoint(row: {
  id: string
  url: string
  events: string
  owner: string | null
  created_at: number
}): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events.split(',') as NotificationEventType[],
    owner: row.owner,
    createdAt: row.created_at,
  }
}
