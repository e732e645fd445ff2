/**
 * Issue 16: webhook endpoints in the admin API — registration with its
 * destination checks (acceptance 5), the signing secret shown once, a test
 * delivery, and an endpoint that never answers ending as failed (acceptance 3).
 */
import type { FastifyInstance } from 'fastify'
import { expect, it } from 'vitest'
import { buildTestApp } from '../helpers/app.js'
import { describeDialects } from '../helpers/dialects.js'
import { issueKey } from '../helpers/keys.js'
import { claim, storeSecret } from '../helpers/secrets.js'
import { startReceiver, verifyReceived, type ReceivedRequest } from './fixtures.js'

function call(
  app: FastifyInstance,
  key: string,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
) {
  return app.inject({
    method,
    url: `/api/v1/admin/webhooks${url}`,
    headers: { 'x-api-key': key },
    ...(payload === undefined ? {} : { payload }),
  })
}

describeDialects('admin API: webhooks', { timeout: 60_000 }, (dialect) => {
  it('refuses internal destinations without WEBHOOK_ALLOW_PRIVATE, and callers without admin scope', async () => {
    const test = await buildTestApp({}, dialect)
    const admin = await issueKey(test, 'ops', 'admin')
    const creator = await issueKey(test, 'bot', 'create')
    expect((await call(test.app, creator, 'GET', '')).statusCode).toBe(403)
    expect(
      (await test.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks' })).statusCode,
    ).toBe(401)
    for (const url of [
      'http://127.0.0.1/hook',
      'http://10.0.0.1/hook',
      'http://10.255.1.2:8443/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/hook',
      'http://localhost/hook',
    ]) {
      const res = await call(test.app, admin, 'POST', '', { url })
      expect(res.statusCode, url).toBe(400)
      expect(res.json()).toMatchObject({ error: { code: 'bad_request' } })
    }
    const bad = await call(test.app, admin, 'POST', '', {
      url: 'https://example.com',
      events: ['secret.read'],
    })
    expect(bad.statusCode).toBe(400)
    expect((await call(test.app, admin, 'GET', '')).json()).toEqual({ items: [] })
  })

  it('adds, lists, tests and removes an endpoint; the signing secret is shown once', async () => {
    const test = await buildTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' }, dialect)
    const admin = await issueKey(test, 'ops', 'admin')
    const receiver = await startReceiver([204])
    const added = await call(test.app, admin, 'POST', '', { url: receiver.url, owner: 'bot' })
    expect(added.statusCode).toBe(201)
    const created = added.json<{ id: string; signing_secret: string }>()
    expect(created).toMatchObject({
      url: receiver.url,
      owner: 'bot',
      events: ['secret.viewed', 'secret.burned', 'secret.expired', 'secret.passphrase_exhausted'],
    })
    expect(created.signing_secret).toMatch(/^whsec_/)

    const listed = await call(test.app, admin, 'GET', '')
    expect(listed.body).not.toContain(created.signing_secret)
    expect(listed.json()).toMatchObject({
      items: [
        {
          id: created.id,
          deliveries: { pending: 0, failing: 0, delivered: 0, failed: 0, last_error: null },
        },
      ],
    })

    expect((await call(test.app, admin, 'POST', `/${created.id}/test`)).json()).toEqual({
      delivered: true,
      result: 'HTTP 204',
    })
    expect(receiver.received).toHaveLength(1)
    expect(
      verifyReceived(created.signing_secret, receiver.received[0] as ReceivedRequest),
    ).toMatchObject({
      type: 'webhook.test',
    })

    expect((await call(test.app, admin, 'DELETE', `/${created.id}`)).statusCode).toBe(204)
    expect((await call(test.app, admin, 'DELETE', `/${created.id}`)).statusCode).toBe(404)
    expect((await call(test.app, admin, 'POST', `/${created.id}/test`)).statusCode).toBe(404)
  })

  it('shows a delivery to an endpoint that never answers as failed after its last attempt', async () => {
    const test = await buildTestApp(
      { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_MAX_ATTEMPTS: '1' },
      dialect,
    )
    const admin = await issueKey(test, 'ops', 'admin')
    const silent = await startReceiver([null])
    const { id } = (await call(test.app, admin, 'POST', '', { url: silent.url })).json<{
      id: string
    }>()
    await test.app.ready()
    // The claim's own transaction queues the delivery.
    const opened = await storeSecret(test.app)
    expect(
      (await claim(test.app, opened.id, { access_token: opened.accessToken })).statusCode,
    ).toBe(200)
    // While the attempt hangs on the silent endpoint, creating and claiming go on unhindered.
    await expect.poll(() => silent.received.length, { timeout: 20_000 }).toBe(1)
    for (let i = 0; i < 10; i++) {
      const secret = await storeSecret(test.app)
      expect(
        (await claim(test.app, secret.id, { access_token: secret.accessToken })).statusCode,
      ).toBe(200)
    }
    const state = async () =>
      (await call(test.app, admin, 'GET', '')).json<{
        items: { deliveries: Record<string, unknown> }[]
      }>().items[0]?.deliveries
    await expect.poll(state, { timeout: 40_000, interval: 500 }).toMatchObject({ failed: 1 })
    // The ten claims queued theirs too, each waiting its turn on the same silent endpoint.
    const { pending, failing, ...rest } = (await state()) as Record<string, number>
    expect(rest).toEqual({ delivered: 0, failed: 1, last_error: 'timeout' })
    expect((pending ?? 0) + (failing ?? 0)).toBe(10)
    // One attempt each (WEBHOOK_MAX_ATTEMPTS=1): no delivery was sent twice.
    const ids = silent.received.map((r) => r.headers['webhook-id'])
    expect(new Set(ids).size).toBe(ids.length)
    expect(id).toMatch(/^ep_/)
  })
})
