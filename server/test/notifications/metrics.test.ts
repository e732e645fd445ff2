/** Issue 16: delivered, failed and queue depth in /metrics, by channel only, never an id. */
import { expect, it } from 'vitest'
import { APP_TESTS, buildTestApp } from '../helpers/app.js'
import { issueKey } from '../helpers/keys.js'
import { claim, storeSecret } from '../helpers/secrets.js'
import { startReceiver } from './fixtures.js'

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
    const secret = await storeSecret(test.app)
    expect(
      (await claim(test.app, secret.id, { access_token: secret.accessToken })).statusCode,
    ).toBe(200)
    const metrics = async () => (await test.app.inject({ method: 'GET', url: '/metrics' })).body
    await expect
      .poll(metrics, { timeout: 20_000, interval: 250 })
      .toContain('hushlink_notifications_delivered_total{channel="webhook"} 1')
    const body = await metrics()
    expect(body).toContain('hushlink_notifications_queue_depth 0')
    expect(body).toContain('# TYPE hushlink_notifications_failed_total counter')
    expect(body).not.toContain(id)
    expect(body).not.toContain(secret.id)
    expect(body).not.toContain(receiver.url)
    expect(receiver.received).toHaveLength(1)
  },
)
