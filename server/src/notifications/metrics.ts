import type { Registry } from '../metrics/registry.js'
import type { DeliveryOutcomes } from './delivery/worker.js'

/**
 * Notification metrics: counts by channel only, never an endpoint, secret
 * or address. `readDepth` is the outbox's pending count, sampled by the
 * worker (a scrape must not query the database).
 */
export function registerNotificationMetrics(
  registry: Registry,
  readDepth: () => number,
): DeliveryOutcomes {
  const delivered = registry.counter(
    'hushlink_notifications_delivered_total',
    'Notifications delivered (webhook: a 2xx answer; email: accepted by the SMTP relay).',
    ['channel'],
  )
  const failed = registry.counter(
    'hushlink_notifications_failed_total',
    'Notifications given up on after their last attempt.',
    ['channel'],
  )
  registry.gauge(
    'hushlink_notifications_queue_depth',
    'Notifications waiting for delivery or for a retry.',
    readDepth,
  )
  return {
    delivered: (channel) => delivered.inc({ channel }),
    failed: (channel) => failed.inc({ channel }),
  }
}
