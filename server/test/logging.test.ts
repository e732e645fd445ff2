import { connect, type AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { APP_TESTS, buildTestApp } from './helpers/app.js'
import { issueKey } from './helpers/keys.js'
import {
  claim,
  createSecret,
  getMeta,
  makeSecret,
  randomToken,
  receipt,
  storeSecret,
} from './helpers/secrets.js'

describe('log hygiene', APP_TESTS, () => {
  it('never logs an id, token, verifier or envelope, even at trace level', async () => {
    const { app, logs } = await buildTestApp({ LOG_LEVEL: 'trace' })
    const plain = await storeSecret(app, { maxViews: 2 })
    const guarded = await storeSecret(app, { passphrase: 'hunter2' })
    const unused = await makeSecret()
    const wrongToken = randomToken()

    await getMeta(app, plain.id)
    await app.inject({ method: 'HEAD', url: `/api/v1/secrets/${plain.id}` })
    await claim(app, plain.id, { access_token: plain.accessToken })
    await claim(app, plain.id, { access_token: wrongToken })
    await claim(app, guarded.id, { access_token: guarded.accessToken, pass_token: wrongToken })
    await claim(app, guarded.id, {
      access_token: guarded.accessToken,
      pass_token: guarded.passToken!,
    })
    await receipt(app, 'status', plain.id, plain.receiptToken)
    await receipt(app, 'burn', plain.id, plain.receiptToken)
    await createSecret(app, plain.body)
    await createSecret(app, { ...unused.body, ttl: `${unused.id}` })
    await createSecret(app, { ...unused.body, [unused.id]: unused.accessToken })
    await app.inject({
      method: 'POST',
      url: '/api/v1/secrets',
      headers: { 'content-type': 'application/json' },
      payload: `{"id":"${unused.id}",`,
    })
    await app.inject({ method: 'GET', url: `/s/${plain.id}` })
    await app.inject({ method: 'GET', url: `/s/${plain.id}%23${plain.accessToken}` })
    await app.inject({ method: 'GET', url: `/nothing/${unused.id}?token=${wrongToken}` })
    await app.inject({ method: 'GET', url: `/api/v1/secrets/${unused.id}%E0%A4%A` })
    await app.inject({ method: 'PUT', url: `/api/v1/secrets/${unused.id}` })

    const text = logs.join('\n')
    // The capture works and every request left its line (route pattern, not URL).
    expect(logs.length).toBeGreaterThan(15)
    expect(text).toContain('"route":"/api/v1/secrets/:id/claim"')
    expect(text).toContain('"route":"/s/:id"')
    const sensitive = [plain, guarded, unused].flatMap((s) => [
      s.id,
      s.accessToken,
      s.receiptToken,
      s.body.envelope.slice(100, 140),
      s.body.access_verifier,
      s.body.receipt_verifier,
      ...(s.passToken ? [s.passToken, s.body.pass_verifier] : []),
    ])
    for (const value of [...sensitive, wrongToken]) {
      expect(
        value && text.includes(value),
        `log contains ${String(value).slice(0, 6)}…`,
      ).toBeFalsy()
    }
    expect(text).not.toMatch(/"url"|incoming request|request completed|not found"/)
  })

  it('never logs an API key, valid, wrong or refused, at trace level', async () => {
    const testApp = await buildTestApp({ LOG_LEVEL: 'trace', CREATE_REQUIRES_API_KEY: 'true' })
    const { app, logs } = testApp
    const admin = await issueKey(testApp, 'ops', 'admin')
    const creator = await issueKey(testApp, 'ci', 'create')
    const wrong = `hlk_${randomToken()}`
    const secret = await makeSecret()
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/secrets', payload: secret.body, headers })
    await post({ 'x-api-key': wrong })
    await post({ authorization: `Bearer ${creator}`, 'idempotency-key': 'k1' })
    await post({ authorization: `Bearer ${creator}`, 'idempotency-key': 'k1' })
    await app.inject({
      method: 'GET',
      url: '/api/v1/admin/stats',
      headers: { 'x-api-key': creator },
    })
    await app.inject({
      method: 'GET',
      url: `/api/v1/admin/secrets/${secret.id}`,
      headers: { 'x-api-key': admin },
    })
    const text = logs.join('\n')
    expect(text).toContain('"route":"/api/v1/admin/secrets/:id"')
    for (const key of [admin, creator, wrong]) {
      expect(text.includes(key.slice(4)), `log contains ${key.slice(0, 6)}…`).toBe(false)
    }
    expect(text.includes(secret.id)).toBe(false)
  })

  it('never writes a %23-mangled link (key in the path) to any log or metric, over real HTTP at trace level', async () => {
    const { app, logs } = await buildTestApp({ LOG_LEVEL: 'trace', METRICS: 'true' })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    const secret = await storeSecret(app)
    const key = randomToken()
    const long = key.repeat(4)
    const paths = [
      `/s/${secret.id}%23${key}`,
      `/r/${secret.id}%23${secret.receiptToken}`,
      `/s/${secret.id}#${key}`,
      `/s/${secret.id}%23${key}/`,
      `/s/${secret.id}%23${key}?k=${key}`,
      `/s/${secret.id}%23${long}`,
      `/s/${secret.id}%23${key}%ZZ`,
      `/s/${secret.id}%2523${key}`,
      `/api/v1/secrets/${secret.id}%23${key}`,
      `/api/v1/uploads/${secret.id}%23${key}/parts`,
    ]
    const close = 'Host: x\r\nConnection: close\r\n'
    for (const path of paths) {
      for (const method of ['GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE']) {
        await exchange(port, `${method} ${path} HTTP/1.1\r\n${close}Accept: text/html\r\n\r\n`)
      }
      await exchange(port, `GET ${path} HTTP/1.0\r\n\r\n`)
      await exchange(
        port,
        `POST ${path} HTTP/1.1\r\n${close}Content-Type: application/json\r\nContent-Length: 4\r\n\r\n{"a"`,
      )
      await exchange(port, `GET ${path} HTTP/1.1\r\n${close}Bad Header\r\n\r\n`)
      await exchange(port, `GET ${path} HTTP/1.1\r\n${close}X: ${'a'.repeat(20_000)}\r\n\r\n`)
    }
    const metrics = await app.inject({ method: 'GET', url: '/metrics' })
    const text = logs.join('\n')
    // The capture works: the shell route and the 404s left their lines, by pattern.
    expect(text).toContain('"route":"/s/:id"')
    expect(text).toContain('"route":"/r/:id"')
    expect(text).toContain('"route":"unmatched"')
    for (const value of [key, secret.id, secret.receiptToken]) {
      expect(text.includes(value), `log contains ${value.slice(0, 6)}…`).toBe(false)
      expect(metrics.body.includes(value), `metrics contain ${value.slice(0, 6)}…`).toBe(false)
    }
  })
})

/** Sends one raw request and resolves with what came back once the server closed the connection. */
function exchange(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(answer))
    socket.end(request)
  })
}
