import { describe, expect, it, onTestFinished } from 'vitest'
import { openStorage } from '../../src/storage/index.js'
import { createSweeper } from '../../src/sweeper.js'
import { APP_TESTS } from '../helpers/app.js'
import { newSecret, tempDatabasePath } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)
const quietLog = { info: () => undefined, error: () => undefined }

describe('sweeper', APP_TESTS, () => {
  it('deletes expired rows in batches until none are left, and only those', async () => {
    const store = await openStorage({ kind: 'sqlite', path: tempDatabasePath() })
    onTestFinished(() => store.close())
    const expired = Array.from({ length: 30 }, () => newSecret({ expiresAt: NOW - 1 }))
    const live = Array.from({ length: 5 }, () => newSecret({ expiresAt: NOW + 1 }))
    await Promise.all([...expired, ...live].map((s) => store.insert(s)))
    let statements = 0
    const counting = {
      ...store,
      deleteExpired: (now: number, limit: number) => {
        statements++
        return store.deleteExpired(now, limit)
      },
    }
    const sweeper = createSweeper({
      store: counting,
      clock: { now: () => NOW },
      intervalMs: 0,
      log: quietLog,
      batchSize: 7,
    })
    expect(await sweeper.runOnce()).toBe(30)
    // 7+7+7+7+2: the short batch ends the pass.
    expect(statements).toBe(5)
    for (const s of expired) expect(await store.findReceipt(s.id)).toBeUndefined()
    for (const s of live) expect(await store.findActive(s.id, NOW)).toBeDefined()
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
