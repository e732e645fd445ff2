/**
 * Issue 16: the outbox on both engines — what an event queues, that it
 * commits or rolls back with its transaction, leases, and the worker
 * retrying against a real receiver (acceptance 3); on PostgreSQL two
 * workers never take the same delivery (acceptance 4).
 */
import { expect, it } from 'vitest'
import { createNotifications } from '../../src/notifications/service.js'
import { createEndpointStore } from '../../src/notifications/store/endpoints.js'
import { addEmailTarget, enqueueNotifications } from '../../src/notifications/store/enqueue.js'
import { createDbOutbox } from '../../src/notifications/store/outbox.js'
import { openStorage } from '../../src/storage/index.js'
import { createTestClock } from '../helpers/app.js'
import { describeDialects } from '../helpers/dialects.js'
import { newSecret } from '../storage/fixtures.js'
import { openNotificationFixture, startReceiver, verifyReceived, viewedEvent } from './fixtures.js'

const CONFIG = {
  smtpUrl: null,
  smtpFrom: null,
  webhookAllowPrivate: true,
  maxAttempts: 5,
  maxRetryAge: 86_400,
  deliveryLease: 60,
}
const LEASE_MS = CONFIG.deliveryLease * 1000

describeDialects('notification outbox', { timeout: 60_000 }, (dialect) => {
  it('queues one delivery per matching endpoint, in the transaction of the change', async () => {
    const { db, notifications: tables } = await openNotificationFixture(dialect)
    const endpoints = createEndpointStore(tables)
    const now = Date.UTC(2030, 0, 1)
    const add = (events: string[], owner: string | null) =>
      endpoints.add({ url: 'https://receiver.example/', events: events as never, owner, now })
    const all = await add(['secret.viewed', 'secret.burned'], null)
    const botViews = await add(['secret.viewed'], 'bot')
    await add(['secret.viewed'], 'other')

    const s = db.statements
    expect(await db.write((tx) => enqueueNotifications(tx, s, viewedEvent({ owner: 'bot' })))).toBe(
      2,
    )
    expect(
      await db.write((tx) =>
        enqueueNotifications(tx, s, viewedEvent({ type: 'secret.burned', cause: 'admin' })),
      ),
    ).toBe(1)
    expect(
      await db.write((tx) => enqueueNotifications(tx, s, viewedEvent({ type: 'secret.expired' }))),
    ).toBe(0)
    // Rolled back with the change it reports: nothing queued.
    await expect(
      db.write(async (tx) => {
        await enqueueNotifications(tx, s, viewedEvent())
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')

    const list = await endpoints.list()
    const pending = (id: string) => list.find((e) => e.id === id)?.deliveries.pending
    expect(pending(all.endpoint.id)).toBe(2)
    expect(pending(botViews.endpoint.id)).toBe(1)
    expect(await createDbOutbox(tables, LEASE_MS).pendingCount()).toBe(3)
  })

  it('leases a delivery to one worker until the lease runs out', async () => {
    const { db, notifications: tables } = await openNotificationFixture(dialect)
    const now = Date.UTC(2030, 0, 1)
    await createEndpointStore(tables).add({
      url: 'https://r.example/',
      events: ['secret.viewed'],
      owner: null,
      now,
    })
    await db.write((tx) => enqueueNotifications(tx, db.statements, viewedEvent()))
    const a = createDbOutbox(tables, LEASE_MS, 'worker-a')
    const b = createDbOutbox(tables, LEASE_MS, 'worker-b')
    const [taken] = await a.claimDue(10, now)
    expect(taken).toMatchObject({ channel: 'webhook', attempts: 0, eventType: 'secret.viewed' })
    expect(await b.claimDue(10, now + LEASE_MS - 1)).toEqual([])
    // Worker a died: b takes the same delivery (same id, so receivers drop the duplicate).
    const [again] = await b.claimDue(10, now + LEASE_MS)
    expect(again?.id).toBe(taken?.id)
    // a's late mark no longer counts; b's does.
    await a.markDelivered(taken?.id ?? '', now + LEASE_MS, 'HTTP 200')
    expect(await a.pendingCount()).toBe(1)
    await b.markFailed(again?.id ?? '', now + LEASE_MS, 'timeout')
    expect(await b.pendingCount()).toBe(0)
    expect(await b.claimDue(10, now + 10 * LEASE_MS)).toEqual([])
  })

  it('retries a receiver answering 500 three times; the 4th attempt is delivered', async () => {
    const { db, notifications: tables } = await openNotificationFixture(dialect)
    const receiver = await startReceiver([500, 500, 500, 200])
    const clock = createTestClock()
    const notifications = createNotifications({ store: tables, config: CONFIG, clock })
    const { endpoint, signingSecret } = await notifications.addEndpoint({
      url: receiver.url,
      events: ['secret.viewed'],
      owner: null,
    })
    await db.write((tx) =>
      enqueueNotifications(tx, db.statements, viewedEvent({ occurredAt: clock.now() })),
    )

    let rounds = 0
    while ((await notifications.endpoints.list())[0]?.deliveries.delivered !== 1 && rounds < 50) {
      await notifications.worker.runOnce()
      // Past any backoff of the first attempts (30 s doubling, jittered).
      clock.advance(10 * 60_000)
      rounds++
    }
    expect(receiver.received).toHaveLength(4)
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']))
    expect(ids.size).toBe(1)
    for (const request of receiver.received) {
      expect(verifyReceived(signingSecret, request)).toMatchObject({ type: 'secret.viewed' })
    }
    const [state] = await notifications.endpoints.list()
    expect(state).toMatchObject({
      id: endpoint.id,
      deliveries: { pending: 0, failing: 0, delivered: 1, failed: 0 },
    })
    expect(await notifications.outbox.pendingCount()).toBe(0)
  })

  it('queues the creator e-mail on the first opening and erases the address with any other end', async () => {
    const { store, db, notifications: tables } = await openNotificationFixture(dialect)
    const s = db.statements
    const opened = newSecret()
    const burned = newSecret()
    await store.insert(opened)
    await store.insert(burned)
    for (const secret of [opened, burned]) {
      await db.write((tx) =>
        addEmailTarget(tx, s, {
          secretId: secret.id,
          address: 'me@example.com',
          language: 'uk',
          now: 1,
        }),
      )
    }
    await db.write((tx) =>
      enqueueNotifications(tx, s, viewedEvent({ secretId: opened.id, viewsLeft: 2 })),
    )
    await db.write((tx) =>
      enqueueNotifications(
        tx,
        s,
        viewedEvent({ type: 'secret.burned', secretId: burned.id, cause: 'receipt' }),
      ),
    )
    const outbox = createDbOutbox(tables, LEASE_MS)
    const due = await outbox.claimDue(10, Date.UTC(2031, 0, 1))
    expect(due).toEqual([
      expect.objectContaining({
        channel: 'email',
        email: { address: 'me@example.com', language: 'uk' },
      }),
    ])
    // The address now lives only in the delivery; no target is left for either secret.
    expect(await db.reader.rows(s.takeEmailTarget, { secret_id: opened.id })).toEqual([])
    expect(await db.write((tx) => tx.rows(s.takeEmailTarget, { secret_id: burned.id }))).toEqual([])
  })
})

describeDialects('two workers on one outbox', { timeout: 120_000 }, (dialect) => {
  it.runIf(dialect === 'postgres')('take 500 deliveries between them, none twice', async () => {
    const { db, database, notifications: tables } = await openNotificationFixture(dialect)
    // A second replica: a store of its own on the same database.
    const other = await openStorage(database)
    try {
      const now = Date.UTC(2030, 0, 1)
      await createEndpointStore(tables).add({
        url: 'https://r.example/',
        events: ['secret.viewed'],
        owner: null,
        now,
      })
      for (let i = 0; i < 500; i += 50) {
        await db.write(async (tx) => {
          for (let j = 0; j < 50; j++) await enqueueNotifications(tx, db.statements, viewedEvent())
        })
      }
      const taken = new Map<string, string>()
      const work = async (name: string, outbox: ReturnType<typeof createDbOutbox>) => {
        for (;;) {
          const due = await outbox.claimDue(7, now)
          if (due.length === 0) return
          for (const d of due) {
            expect(
              taken.get(d.id),
              `${d.id} taken by ${name} and ${taken.get(d.id)}`,
            ).toBeUndefined()
            taken.set(d.id, name)
            await outbox.markDelivered(d.id, now, 'HTTP 200')
          }
        }
      }
      await Promise.all([
        work('a1', createDbOutbox(tables, LEASE_MS, 'a1')),
        work('a2', createDbOutbox(tables, LEASE_MS, 'a2')),
        work('b1', createDbOutbox(other.notifications, LEASE_MS, 'b1')),
        work('b2', createDbOutbox(other.notifications, LEASE_MS, 'b2')),
      ])
      expect(taken.size).toBe(500)
      expect(new Set(taken.values()).size).toBeGreaterThan(1)
      expect(await createDbOutbox(tables, LEASE_MS).pendingCount()).toBe(0)
    } finally {
      await other.close()
    }
  })
})
