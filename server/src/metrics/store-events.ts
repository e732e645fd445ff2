import type { StoreEvents } from '../storage/index.js'
import type { SecretMetrics } from './app-metrics.js'

/**
 * Counts every committed state change from the store's events: a create that
 * lost to a taken id, or a claim that lost the race, committed nothing and
 * counts nothing. Events carry ids, metrics never do.
 */
export function countStoreEvents(events: StoreEvents, metrics: SecretMetrics): () => void {
  return events.subscribe((event) => {
    switch (event.type) {
      case 'created':
      case 'upload_completed':
        metrics.created(event.size)
        return
      case 'viewed':
        metrics.claimed()
        return
      case 'passphrase_failed':
        metrics.wrongPassphrase(event.attemptsLeft === 0)
        return
      case 'burned':
        // A burn by failures is counted with its last wrong passphrase.
        if (event.cause === 'request') metrics.burned()
        return
      case 'expired':
        metrics.swept(1)
        return
      case 'amended':
      case 'request_answered':
      case 'request_closed':
        return
    }
  })
}
