import { describe, expect, it, onTestFinished } from 'vitest'
import { openStorage } from '../../src/storage/index.js'
import type { SecretStore, SweepBounds } from '../../src/storage/store.js'
import { createSweeper, type SweeperOptions } from '../../src/sweeper.js'
import { APP_TESTS } from '../helpers/app.js'
import { newSecret, tempDatabasePath } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)
const quietLog = { info: () => undefined, error: () => undefined }

/** `store` with every sweep batch's size recorded, and `afterBatch` called as each one returns. */
function recordingBatches(store: SecretStore, afterBatch: (index: number) => void = () => {}) {
  const sizes: number[] = []
  const recording: SecretStore = {
    ...store,
    async deleteExpired(now: number, bounds: SweepBounds) {
      const deleted = await store.deleteExpired(now, bounds)
      sizes.push(deleted)
      afterBatch(sizes.length)
      return deleted
    },
  }
  return { store: recording, sizes }
}

function sweepOnce(store: SecretStore, options: Partial<SweeperOptions> = {}): Promise<number> {
  return createSweeper({
    store,
    clock: { now: () => NOW },
    intervalMs: 0,
    log: quietLog,
    ...options,
  }).runOnce()
}

async function insertExpired(store: SecretStore, count: number) {
  const expired = Array.from({ length: count }, () => newSecret({ expiresAt: NOW - 1 }))
  await Promise.all(expired.map((s) => store.insert(s)))
  return expired
}

describe('sweeper', APP_TESTS, () => {
  it('deletes expired rows in batches until none are left, and only those', async () => {
    const store = await openStorage({ kind: 'sqlite', path: tempDatabasePath() })
    onTestFinished(() => store.close())
    const expired = await insertExpired(store, 30)
    const live = Array.from({ length: 5 }, () => newSecret({ expiresAt: NOW + 1 }))
    await Promise.all(live.map((s) => store.insert(s)))
    const batches = recordingBatches(store)
    expect(await sweepOnce(batches.store, { batchSize: 7 })).toBe(30)
    // An empty batch ends the pass.
    expect(batches.sizes).toEqual([7, 7, 7, 7, 2, 0])
    for (const s of expired) expect(await store.findReceipt(s.id)).toBeUndefined()
    for (const s of live) expect(await store.findActive(s.id, NOW)).toBeDefined()
  })

  it('ends each batch at its row bound or at its time bound, whichever comes first', async () => {
    const store = await openStorage({ kind: 'sqlite', path: tempDatabasePath() })
    onTestFinished(() => store.close())
    await insertExpired(store, 300)
    // No time to spare: each batch stops after its first statement (50 rows).
    const timed = recordingBatches(store)
    expect(await sweepOnce(timed.store, { batchSize: 1000, batchMs: 0 })).toBe(300)
    expect(timed.sizes).toEqual([50, 50, 50, 50, 50, 50, 0])

    await insertExpired(store, 300)
    const counted = recordingBatches(store)
    expect(await sweepOnce(counted.store, { batchSize: 120, batchMs: 60_000 })).toBe(300)
    expect(counted.sizes).toEqual([120, 120, 60, 0])
  })

  it('lets a create issued during a long sweep commit between two of its batches', async () => {
    const store = await openStorage({ kind: 'sqlite', path: tempDatabasePath() })
    onTestFinished(() => store.close())
    await insertExpired(store, 3000)
    const created = newSecret()
    let acknowledgedAfter: number | undefined
    const batches = recordingBatches(store, (index) => {
      // Issued as batch 2 returns, while the sweeper is about to send batch 3.
      if (index === 2) {
        void store.insert(created).then(() => {
          acknowledgedAfter = batches.sizes.length
        })
      }
    })
    expect(await sweepOnce(batches.store, { batchSize: 100 })).toBe(3000)
    expect(batches.sizes.length).toBeGreaterThanOrEqual(31)
    expect(Math.max(...batches.sizes)).toBeLessThanOrEqual(100)
    // Acknowledged with at most one sweep batch in between, not after the sweep.
    expect(acknowledgedAfter).toBeLessThanOrEqual(3)
    expect(await store.findActive(created.id, NOW)).toBeDefined()
  })

  it('runs on its schedule and stops cleanly', async () => {
    const store = await openStorage({ kind: 'sqlite', path: tempDatabasePath() })
    onTestFinished(() => store.close())
    let now = NOW
    const sweeper = createSweeper({
      store,
      clock: { now: () => now },
      intervalMs: 20,
      log: quietLog,
    })
    const secret = newSecret({ expiresAt: NOW + 1000 })
    await store.insert(secret)
    sweeper.start()
    now = NOW + 1000
    await expect.poll(() => store.findReceipt(secret.id), { timeout: 5000 }).toBeUndefined()
    await sweeper.stop()
    const later = newSecret({ expiresAt: NOW + 1000 })
    await store.insert(later)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await store.findReceipt(later.id)).toBeDefined()
  })
})
