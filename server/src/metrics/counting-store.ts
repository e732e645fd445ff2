import type { SecretStore } from '../storage/index.js'
import type { SecretMetrics } from './app-metrics.js'

/**
 * The store with every committed state change counted. Counting here, behind
 * the public store interface, sees exactly what was committed: a create that
 * lost to a taken id, or a claim that lost the race, counts nothing.
 */
export function countingStore(store: SecretStore, metrics: SecretMetrics): SecretStore {
  return {
    ...store,
    async insert(secret) {
      const inserted = await store.insert(secret)
      if (inserted) metrics.created(secret.envelope.length)
      return inserted
    },
    async insertOnce(secret, claim) {
      const inserted = await store.insertOnce(secret, claim)
      if (inserted.outcome === 'created') metrics.created(secret.envelope.length)
      return inserted
    },
    async appendPart(part) {
      const appended = await store.appendPart(part)
      // A streamed secret is stored when its last part makes it live.
      if (appended && 'complete' in appended && appended.complete) metrics.created(part.size)
      return appended
    },
    async claim(id, now) {
      const claimed = await store.claim(id, now)
      if (claimed) metrics.claimed()
      return claimed
    },
    async recordFailure(id, now) {
      const failure = await store.recordFailure(id, now)
      if (failure) metrics.wrongPassphrase(failure.remaining === 0)
      return failure
    },
    async burn(id, now) {
      // burn() does not say whether it changed anything (it is a no-op unless
      // the secret is active), so the state is compared around it; burns are rare.
      const before = await store.findReceipt(id)
      await store.burn(id, now)
      if (before?.state !== 'active' || before.expiresAt <= now) return
      const after = await store.findReceipt(id)
      if (after?.state === 'burned') metrics.burned()
    },
    async deleteExpired(now, bounds) {
      const deleted = await store.deleteExpired(now, bounds)
      metrics.swept(deleted)
      return deleted
    },
  }
}
