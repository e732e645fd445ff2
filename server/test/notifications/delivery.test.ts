/**
 * Issue 16: one webhook attempt against a real receiver (2xx only, no
 * redirect followed, bodies capped, a timeout), the retry schedule, and a
 * delivery that keeps failing ending as failed through the worker.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, onTestFinished } from 'vitest'
import { postWebhook } from '../../src/notifications/delivery/http.js'
import { nextAttemptAt } from '../../src/notifications/delivery/retry.js'
import { KEEP_FINISHED_MS } from '../../src/notifications/delivery/worker.js'
import { createNotifications } from '../../src/notifications/service.js'
import { enqueueNotifications } from '../../src/notifications/store/enqueue.js'
import { systemResolver } from '../../src/notifications/destinations/resolve.js'
import { createTestClock } from '../helpers/app.js'
import { openNotificationFixture, startReceiver, viewedEvent } from './fixtures.js'

const OPEN = { resolver: systemResolver, allowPrivate: true, timeoutMs: 5000 }

describe('one attempt', () => {
  it.each([
    [200, { delivered: true, status: 200 }],
    [204, { delivered: true, status: 204 }],
    [302, { delivered: false, detail: 'HTTP 302' }],
    [404, { delivered: false, detail: 'HTTP 404' }],
    [500, { delivered: false, detail: 'HTTP 500' }],
  ])('an answer of %i', async (status, expected) => {
    const receiver = await startReceiver([status])
    expect(
      await postWebhook(new URL(receiver.url), { 'webhook-id': 'msg_x' }, '{"a":1}', OPEN),
    ).toEqual(expected)
    expect(receiver.received).toEqual([
      expect.objectContaining({
        body: '{"a":1}',
        headers: expect.objectContaining({ 'webhook-id': 'msg_x' }),
      }),
    ])
  })

  it('does not follow a redirect', async () => {
    const target = await startReceiver([200])
    const server = createServer((_req, res) => res.writeHead(307, { location: target.url }).end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    expect(await postWebhook(url, {}, '{}', OPEN)).toEqual({ delivered: false, detail: 'HTTP 307' })
    expect(target.received).toEqual([])
  })

  it('stops reading an endless response body', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200)
      const chunk = Buffer.alloc(64 * 1024, 'x')
      const pump = (): void => {
        while (res.write(chunk));
        res.once('drain', pump)
      }
      pump()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    onTestFinished(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    )
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    expect(await postWebhook(url, {}, '{}', OPEN)).toEqual({ delivered: true, status: 200 })
  })

  it('gives up on a receiver that never answers', async () => {
    const silent = await startReceiver([null])
    expect(await postWebhook(new URL(silent.url), {}, '{}', { ...OPEN, timeoutMs: 300 })).toEqual({
      delivered: false,
      detail: 'timeout',
    })
  })

  it('reports a refused connection', async () => {
    const gone = await startReceiver([200])
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    await new Promise<void>((resolve) => server.close(() => resolve()))
    expect(await postWebhook(new URL(`http://127.0.0.1:${port}/`), {}, '{}', OPEN)).toEqual({
      delivered: false,
      detail: 'connection failed',
    })
    expect(gone.received).toEqual([])
  })
})

describe('retry schedule', () => {
  const policy = { maxAttempts: 15, maxAgeMs: 86_400_000, baseDelayMs: 30_000 }
  const start = Date.UTC(2030, 0, 1)

  it('backs off exponentially with jitter between half and all of the bound', () => {
    expect(nextAttemptAt(policy, 1, start, start, () => 0)).toBe(start + 15_000)
    expect(nextAttemptAt(policy, 1, start, start, () => 1)).toBe(start + 30_000)
    expect(nextAttemptAt(policy, 4, start, start, () => 1)).toBe(start + 240_000)
    // Capped at six hours a wait.
    expect(nextAttemptAt(policy, 14, start, start, () => 1)).toBe(start + 6 * 3_600_000)
  })

  it('stops after the last attempt, and keeps every retry within the age limit', () => {
    expect(nextAttemptAt(policy, 15, start, start, () => 0.5)).toBeNull()
    const late = start + 86_400_000 - 1000
    expect(nextAttemptAt(policy, 10, start, late, () => 1)).toBe(start + 86_400_000)
    expect(nextAttemptAt(policy, 10, start, start + 86_400_000, () => 1)).toBeNull()
  })

  it('spans about a day with the defaults', () => {
    let now = start
    let attempts = 1
    for (
      let next;
      (next = nextAttemptAt(policy, attempts, start, now, () => 1)) !== null;
      attempts++
    ) {
      now = next
    }
    // The longest waits reach the day's end before the 15th attempt; the last lands on it.
    expect(attempts).toBe(14)
    expect(now - start).toBeGreaterThan(20 * 3_600_000)
    expect(now - start).toBeLessThanOrEqual(86_400_000)
  })
})

describe('a delivery that never succeeds', { timeout: 30_000 }, () => {
  it('is retried, shown as failing, then failed after its last attempt', async () => {
    const { db, notifications: tables } = await openNotificationFixture('sqlite')
    const receiver = await startReceiver([503])
    const clock = createTestClock()
    const config = {
      smtpUrl: null,
      smtpFrom: null,
      webhookAllowPrivate: true,
      maxAttempts: 3,
      maxRetryAge: 86_400,
      deliveryLease: 60,
    }
    const notifications = createNotifications({ store: tables, config, clock })
    await notifications.addEndpoint({ url: receiver.url, events: ['secret.viewed'], owner: null })
    await db.write((tx) =>
      enqueueNotifications(tx, db.statements, viewedEvent({ occurredAt: clock.now() })),
    )
    const deliveries = async () => (await notifications.endpoints.list())[0]?.deliveries

    expect(await notifications.worker.runOnce()).toBe(1)
    expect(await deliveries()).toEqual({
      pending: 0,
      failing: 1,
      delivered: 0,
      failed: 0,
      lastError: 'HTTP 503',
    })
    // Not due again until its backoff has passed.
    expect(await notifications.worker.runOnce()).toBe(0)
    clock.advance(60_000)
    expect(await notifications.worker.runOnce()).toBe(1)
    clock.advance(120_000)
    expect(await notifications.worker.runOnce()).toBe(1)
    expect(await deliveries()).toEqual({
      pending: 0,
      failing: 0,
      delivered: 0,
      failed: 1,
      lastError: 'HTTP 503',
    })
    expect(notifications.worker.queueDepth()).toBe(0)
    clock.advance(86_400_000)
    expect(await notifications.worker.runOnce()).toBe(0)
    expect(receiver.received).toHaveLength(3)
    expect((await deliveries())?.failed).toBe(1)
    // Kept visible for a week, then pruned.
    clock.advance(KEEP_FINISHED_MS)
    await notifications.worker.runOnce()
    expect(await deliveries()).toEqual({
      pending: 0,
      failing: 0,
      delivered: 0,
      failed: 0,
      lastError: null,
    })
  })
})
