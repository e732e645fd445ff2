import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import { expect, it } from 'vitest'
import type { DatabaseConfig } from '../../src/config.js'
import type { SecretStore, StoreEvent } from '../../src/storage/index.js'
import { createSweeper } from '../../src/sweeper.js'
import { APP_TESTS } from '../helpers/app.js'
import { describeDialects } from '../helpers/dialects.js'
import { newSecret, openTestStore } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)
const quietLog = { info: () => undefined, error: () => undefined }

/** Every field an event may have: ids, times and counts, never bytes. */
const EVENT_FIELDS = new Set([
  'type',
  'id',
  'at',
  'expiresAt',
  'size',
  'viewsLeft',
  'attemptsLeft',
  'cause',
  'maxViews',
  'state',
])

function record(store: SecretStore): StoreEvent[] {
  const seen: StoreEvent[] = []
  store.events.subscribe((event) => {
    seen.push(event)
  })
  return seen
}

/** Runs SQL on the test's database beside the store, to break a row on purpose. */
async function rawExec(database: DatabaseConfig, text: string, id: string): Promise<void> {
  if (database.kind === 'sqlite') {
    const db = new BetterSqlite3(database.path)
    try {
      db.prepare(text.replace('$1', '?')).run(id)
    } finally {
      db.close()
    }
    return
  }
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    await client.query(text, [id])
  } finally {
    await client.end()
  }
}

describeDialects('store events after commit', APP_TESTS, (dialect) => {
  it('reports each committed change once, with ids and times but no bytes', async () => {
    const { store } = await openTestStore(dialect)
    const events = record(store)
    const two = newSecret({ maxViews: 2, maxFailures: 2 })
    const burnable = newSecret()
    await store.insert(two)
    await store.insert(burnable)
    expect(await store.insert(two)).toBe(false) // id taken: nothing changed
    await store.claim(two.id, NOW)
    await store.recordFailure(two.id, NOW)
    await store.recordFailure(two.id, NOW)
    expect(await store.claim(two.id, NOW)).toBeUndefined()
    expect(await store.burn(burnable.id, NOW)).toEqual({
      id: burnable.id,
      createdAt: burnable.createdAt,
      expiresAt: burnable.expiresAt,
    })
    expect(await store.burn(burnable.id, NOW)).toBeUndefined()

    expect(events).toEqual([
      {
        type: 'created',
        id: two.id,
        at: two.createdAt,
        expiresAt: two.expiresAt,
        size: two.envelope.length,
      },
      {
        type: 'created',
        id: burnable.id,
        at: burnable.createdAt,
        expiresAt: burnable.expiresAt,
        size: burnable.envelope.length,
      },
      { type: 'viewed', id: two.id, at: NOW, viewsLeft: 1 },
      { type: 'passphrase_failed', id: two.id, at: NOW, attemptsLeft: 1 },
      { type: 'passphrase_failed', id: two.id, at: NOW, attemptsLeft: 0 },
      { type: 'burned', id: two.id, at: NOW, cause: 'passphrase_failures' },
      { type: 'burned', id: burnable.id, at: NOW, cause: 'request' },
    ])
    for (const event of events)
      for (const key of Object.keys(event)) expect(EVENT_FIELDS).toContain(key)
  })

  it('publishes nothing for a rolled-back write, even from a batch that was retried', async () => {
    const { store, database } = await openTestStore(dialect)
    const events = record(store)
    const good = Array.from({ length: 10 }, () => newSecret())
    // max_failures 11 breaks a CHECK constraint: its batch rolls back and each write is retried alone.
    const results = await Promise.allSettled([
      ...good.map((s) => store.insert(s)),
      store.insert(newSecret({ maxFailures: 11 })),
    ])
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1)
    expect(events.map((e) => e.id).sort()).toEqual(good.map((s) => s.id).sort())

    // A claim that counts its view and then throws is rolled back: no `viewed`.
    const broken = good[0]
    if (!broken) throw new Error('no secret')
    await rawExec(database, 'delete from payloads where id = $1', broken.id)
    events.length = 0
    await expect(store.claim(broken.id, NOW)).rejects.toThrow()
    expect(events).toEqual([])
    expect(await store.findReceipt(broken.id)).toMatchObject({ state: 'active', views: 0 })
  })

  it('200 secrets x 16 concurrent claimers: exactly 200 `viewed` events', async () => {
    const { store } = await openTestStore(dialect)
    const secrets = Array.from({ length: 200 }, () => newSecret())
    await Promise.all(secrets.map((s) => store.insert(s)))
    const events = record(store)
    const claims = await Promise.all(
      secrets.flatMap((s) => Array.from({ length: 16 }, () => store.claim(s.id, NOW))),
    )
    expect(claims.filter((c) => c !== undefined)).toHaveLength(200)
    expect(events).toHaveLength(200)
    expect(events.every((e) => e.type === 'viewed' && e.viewsLeft === 0)).toBe(true)
    expect(new Set(events.map((e) => e.id)).size).toBe(200)
  })

  it('reports every row the sweeper deletes as `expired`, batch by batch', async () => {
    const { store } = await openTestStore(dialect)
    const expired = Array.from({ length: 120 }, () => newSecret({ expiresAt: NOW - 1 }))
    const live = Array.from({ length: 5 }, () => newSecret({ expiresAt: NOW + 1 }))
    await Promise.all([...expired, ...live].map((s) => store.insert(s)))
    const opened = expired[0]
    if (!opened) throw new Error('no secret')
    await store.claim(opened.id, NOW - 2)
    const events = record(store)
    const perBatch: number[] = []
    const deleteExpired = store.deleteExpired.bind(store)
    const counted: SecretStore = {
      ...store,
      async deleteExpired(now, bounds) {
        const before = events.length
        const deleted = await deleteExpired(now, bounds)
        perBatch.push(events.length - before)
        expect(events.length - before).toBe(deleted)
        return deleted
      },
    }
    const swept = await createSweeper({
      store: counted,
      clock: { now: () => NOW },
      intervalMs: 0,
      log: quietLog,
      batchSize: 10,
    }).runOnce()
    expect(swept).toBe(120)
    expect(Math.max(...perBatch)).toBeLessThanOrEqual(10)
    expect(events.map((e) => e.id).sort()).toEqual(expired.map((s) => s.id).sort())
    expect(events.find((e) => e.id === opened.id)).toMatchObject({
      type: 'expired',
      state: 'viewed',
      at: NOW,
      expiresAt: NOW - 1,
    })
  })

  it('keeps writing when a listener throws, and still tells the others', async () => {
    const errors: unknown[] = []
    const { store } = await openTestStore(dialect, { onEventError: (e) => errors.push(e) })
    store.events.subscribe(() => {
      throw new Error('listener bug')
    })
    const events = record(store)
    const secret = newSecret()
    expect(await store.insert(secret)).toBe(true)
    expect(await store.claim(secret.id, NOW)).toBeDefined()
    expect(events.map((e) => e.type)).toEqual(['created', 'viewed'])
    expect(errors).toHaveLength(2)
  })

  it('stops calling a listener once it unsubscribed', async () => {
    const { store } = await openTestStore(dialect)
    const seen: StoreEvent[] = []
    const unsubscribe = store.events.subscribe((e) => seen.push(e))
    await store.insert(newSecret())
    unsubscribe()
    await store.insert(newSecret())
    expect(seen).toHaveLength(1)
  })
})
