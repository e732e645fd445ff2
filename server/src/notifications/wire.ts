import { toIsoTime } from '../wire.js'
import type { EndpointWithState, WebhookEndpoint } from './store/endpoints.js'

/** An endpoint as the admin API and `hushlink-admin webhooks list --json` show it (snake_case). */
export function endpointJson(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events,
    owner: endpoint.owner,
    created_at: toIsoTime(endpoint.createdAt),
  }
}

/** An endpoint with its deliveries by state. */
export function endpointStateJson(endpoint: EndpointWithState) {
  const d = endpoint.deliveries
  return {
    ...endpointJson(endpoint),
    deliveries: {
      pending: d.pending,
      failing: d.failing,
      delivered: d.delivered,
      failed: d.failed,
      last_error: d.lastError,
    },
  }
}
