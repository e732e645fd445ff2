import { describe, expect, it } from 'vitest'
import { openStorage } from '../../src/storage/index.js'
import { createSweeper } from '../../src/sweeper.js'
import { APP_TESTS } from '../helpers/app.js'
import { createTestSchema, describeDialects, TEST_DATABASE_URL } from '../helpers/dialects.js'
import { newSecret, openTestStore } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)
const quietLog = { info: () => undefined, error: () => undefined }

describeDialects('storage on each engine', APP_TESTS, (dialect) => {
  it('round-trips bytes and millisecond timestamps as numbers', async () => {
    const { store } = await openTestStore(dialect)
    const secret = newSecret({ maxViews: 2, passVerifier: new Uint8Array(32).fill(7) })
    expect(await store.insert(secret)).toBe(true)
    expect(await store.insert(secret)).toBe(false)
    const active = await store.findActive(secret.id, NOW)
    expect(active).toMatchObject({ kind: 1, viewsLeft: 2, expiresAt: secret.expiresAt })
    expect(typeof active?.expiresAt).toBe('number')
    expect(Uint8Array.from(active?.header ?? [])).toEqual(Uint8Array.from(secret.header))
    expect(Uint8Array.from(active?.passVerifier ?? [])).toEqual(new Uint8Array(32).fill(7))
    const claimed = await store.claim(secret.id, NOW + 5)
    expect(claimed && 'envelope' in claimed).toBe(true)
    if (claimed && 'envelope' in claimed)
      expect(Uint8Array.from(claimed.envelope ?? [])).toEqual(Uint8Array.from(secret.envelope))
    expect(await store.findReceipt(secret.id)).toEqual({
      state: 'active',
      receiptVerifier: expect.anything() as unknown,
      createdAt: secret.createdAt,
      expiresAt: secret.expiresAt,
      maxViews: 2,
      views: 1,
      failures: 0,
      claimedAt: NOW + 5,
      notBefore: null,
    })
  })

  it('counts 16 concurrent claims of a 3-view secret exactly 3 times', async () => {
    const { store } = await openTestStore(dialect)
    const secret = newSecret({ maxViews: 3 })
    await store.insert(secret)
    const claims = await Promise.all(Array.from({ length: 16 }, () => store.claim(secret.id, NOW)))
    const won = claims.flatMap((c) => (c && 'viewsLeft' in c ? [c.viewsLeft] : []))
    expect(won.sort()).toEqual([0, 1, 2])
    expect(await store.findReceipt(secret.id)).toMatchObject({ state: 'viewed', views: 3 })
  })

  it('spends the failure budget exactly, burning on the last one', async () => {
    const { store } = await openTestStore(dialect)
    const secret = newSecret({ maxFailures: 4 })
    await store.insert(secret)
    const failures = await Promise.all(
      Array.from({ length: 10 }, () => store.recordFailure(secret.id, NOW)),
    )
    expect(failures.flatMap((f) => (f && 'remaining' in f ? [f.remaining] : [])).sort()).toEqual([
      0, 1, 2, 3,
    ])
    expect(await store.claim(secret.id, NOW)).toBeUndefined()
    expect(await store.findReceipt(secret.id)).toMatchObject({
      state: 'burned_failures',
      failures: 4,
    })
  })

  it('burns only an active, unexpired secret', async () => {
    const { store } = await openTestStore(dialect)
    const secret = newSecret()
    const expired = newSecret({ expiresAt: NOW })
    await Promise.all([store.insert(secret), store.insert(expired)])
    await store.burn(secret.id, NOW)
    await store.burn(expired.id, NOW)
    expect(await store.findReceipt(secret.id)).toMatchObject({ state: 'burned' })
    expect(await store.findReceipt(expired.id)).toMatchObject({ state: 'active' })
    expect(await store.claim(secret.id, NOW)).toBeUndefined()
  })

  it('isolates a bad write among concurrent good ones', async () => {
    const { store } = await openTestStore(dialect)
    const good = Array.from({ length: 10 }, () => newSecret())
    const results = await Promise.allSettled([
      ...good.map((s) => store.insert(s)),
      store.insert(newSecret({ maxFailures: 11 })),
    ])
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1)
    for (const s of good) expect(await store.findActive(s.id, NOW)).toBeDefined()
  })

  it('never serves a secret at or past its expiry', async () => {
    const { store } = await openTestStore(dialect)
    const secret = newSecret({ expiresAt: NOW + 1000 })
    await store.insert(secret)
    expect(await store.findActive(secret.id, NOW + 1000)).toBeUndefined()
    expect(await store.claim(secret.id, NOW + 1000)).toBeUndefined()
    expect(await store.recordFailure(secret.id, NOW + 1000)).toBeUndefined()
    expect(await store.findActive(secret.id, NOW + 999)).toBeDefined()
  })

  it('lets two stores on one database (two replicas) sweep together without double work', async () => {
    const { store, database } = await openTestStore(dialect)
    const second = await openStorage(database)
    try {
      const expired = Array.from({ length: 120 }, () => newSecret({ expiresAt: NOW - 1 }))
      const live = Array.from({ length: 5 }, () => newSecret({ expiresAt: NOW + 1 }))
      await Promise.all([...expired, ...live].map((s) => store.insert(s)))
      const sweep = (s: typeof store) =>
        createSweeper({
          store: s,
          clock: { now: () => NOW },
          intervalMs: 0,
          log: quietLog,
          batchSize: 10,
        }).runOnce()
      const [a, b] = await Promise.all([sweep(store), sweep(second)])
      expect(a + b).toBe(120)
      for (const s of live) expect(await second.findActive(s.id, NOW)).toBeDefined()
      expect(await second.findReceipt(expired[0]?.id ?? '')).toBeUndefined()
    } finally {
      await second.close()
    }
  })

  it('claims across two stores on one database: one winner per secret', async () => {
    const { store, database } = await openTestStore(dialect)
    const second = await openStorage(database)
    try {
      const secrets = Array.from({ length: 40 }, () => newSecret())
      await Promise.all(secrets.map((s) => store.insert(s)))
      const claims = await Promise.all(
        secrets.flatMap((s) =>
          Array.from({ length: 8 }, (_, i) => (i % 2 ? store : second).claim(s.id, NOW)),
        ),
      )
      expect(claims.filter((c) => c !== undefined)).toHaveLength(40)
    } finally {
      await second.close()
    }
  })
})

describe.skipIf(!TEST_DATABASE_URL)(
  'PostgreSQL durability check (needs TEST_DATABASE_URL)',
  APP_TESTS,
  () => {
    it('warns when synchronous_commit is off', async () => {
      const schema = await createTestSchema(TEST_DATABASE_URL)
      const url = new URL(schema.url)
      url.searchParams.set('options', `-c search_path=${schema.name} -c synchronous_commit=off`)
      const warnings: string[] = []
      const store = await openStorage(
        { kind: 'postgres', url: url.href },
        { onWarning: (message) => warnings.push(message) },
      )
      await store.close()
      await schema.drop()
      expect(warnings).toEqual([expect.stringContaining('synchronous_commit is off')])
    })

    it('does not warn with the default synchronous_commit', async () => {
      const warnings: string[] = []
      await openTestStore('postgres', { onWarning: (message) => warnings.push(message) })
      expect(warnings).toEqual([])
    })
  },
)
