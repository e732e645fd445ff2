/** Issue 16: delivered, failed and queue depth in /metrics, by channel only, never an id. */
import { expect, it } from 'vitest'
import { enqueueNotifications } from '../../src/notifications/store/enqueue.js'
import { openNotificationDb } from '../../src/notifications/store/database.js'
import { APP_TESTS, buildTestApp } from '../helpers/app.js'
import { issueKey } from '../helpers/keys.js'
import { startReceiver, viewedEvent } from './fixtures.js'

it(
  'counts deliveries by channel and shows the queue, with no id in any label',
  APP_TESTS,
  async () => {
    const test = await buildTestApp({ METRICS: 'true', WEBHOOK_ALLOW_PRIVATE: 'true' })
    const admin = await issueKey(test, 'ops', 'admin')
    const receiver = await startReceiver([200])
    const added = await test.app.inject({
      method: 'POST',
      url: '/api/v1/admin/webhooks',
      headers: { 'x-api-key': admin },
      payload: { url: receiver.url },
    })
    const { id } = added.json<{ id: string }>()
    await test.app.ready()
    const db = await openNotificationDb(test.config.database)
    const event = viewedEvent({ occurredAt: test.clock.now() })
    try {
      await db.write((tx) => enqueueNotifications(tx, db.statements, event))
    } finally {
      await db.close()
    }
    const metrics = async () => (await test.app.inject({ method: 'GET', url: '/metrics' })).body
    await expect
      .poll(metrics, { timeout: 20_000, interval: 250 })
      .toContain('hushlink_notifications_delivered_total{channel="webhook"} 1')
    const body = await metrics()
    expect(body).toContain('hushlink_notifications_queue_depth 0')
    expect(body).toContain('# TYPE hushlink_notifications_failed_total counter')
    expect(body).not.toContain(id)
    expect(body).not.toContain(event.secretId)
    expect(body).not.toContain(receiver.url)
    expect(receiver.received).toHaveLength(1)
  },
)
