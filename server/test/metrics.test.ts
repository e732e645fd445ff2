import { describe, expect, it } from 'vitest'
import { EXPOSITION_CONTENT_TYPE } from '../src/metrics/registry.js'
import { buildTestApp, IN_MEMORY } from './helpers/app.js'
import {
  claim,
  getMeta,
  randomToken,
  receipt,
  storeSecret,
  type TestSecret,
} from './helpers/secrets.js'

const TOKEN = 'metrics-token-7f3a9c1e5b2d'

/** Every sample line: `name{labels} value`, labels from bounded sets only. */
const SAMPLE_RE =
  /^[a-z_:][a-z0-9_:]*(\{[a-z_]+="[^"\\\n]*"(,[a-z_]+="[^"\\\n]*")*\})? [-+0-9.e]+|^[a-z_:][a-z0-9_:]*\{[^}]*\} \+Inf$/i

function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

/** Every value a secret's requests carried that must never be exposed. */
function sensitiveValues(secret: TestSecret): string[] {
  const { body } = secret
  return [
    secret.id,
    secret.accessToken,
    secret.receiptToken,
    ...(secret.passToken === undefined ? [] : [secret.passToken]),
    body.access_verifier,
    ...(body.pass_verifier === undefined ? [] : [body.pass_verifier]),
    ...(body.receipt_verifier === undefined ? [] : [body.receipt_verifier]),
    body.envelope.slice(0, 40),
  ]
}

describe('GET /metrics', () => {
  it('is not served unless METRICS=true', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    const res = await app.inject({ method: 'GET', url: '/metrics' })
    expect(res.statusCode).toBe(404)
    expect(app.metricsExporter).toBeNull()
  })

  it('counts a whole create, claim, fail, burn and sweep flow, and exposes no id or token', async () => {
    const { app, clock } = await buildTestApp({ METRICS: 'true' })

    const read = await storeSecret(app, { text: 'read once' })
    expect((await getMeta(app, read.id)).statusCode).toBe(200)
    expect((await claim(app, read.id, { access_token: read.accessToken })).statusCode).toBe(200)
    // A second claim loses: nothing is counted for it.
    expect((await claim(app, read.id, { access_token: read.accessToken })).statusCode).toBe(404)
    // Burning a secret already opened changes nothing, so it is not a burn.
    expect((await receipt(app, 'burn', read.id, read.receiptToken)).statusCode).toBe(204)

    const guarded = await storeSecret(app, { passphrase: 'open sesame', maxFailures: 2 })
    for (const remaining of [1, 0]) {
      const res = await claim(app, guarded.id, {
        access_token: guarded.accessToken,
        pass_token: randomToken(),
      })
      expect(res.json()).toMatchObject({ error: { code: 'wrong_passphrase' }, remaining })
    }

    const burned = await storeSecret(app)
    expect((await receipt(app, 'burn', burned.id, burned.receiptToken)).statusCode).toBe(204)
    expect((await receipt(app, 'burn', burned.id, burned.receiptToken)).statusCode).toBe(204)

    const unread = await storeSecret(app, { ttl: 300 })
    // A page and an unknown path, both with the id in the URL.
    expect((await app.inject({ method: 'GET', url: `/s/${unread.id}` })).statusCode).toBe(200)
    expect((await app.inject({ method: 'GET', url: `/nothing/${unread.id}` })).statusCode).toBe(404)

    clock.advance(2 * 3_600_000)
    expect(await app.sweeper.runOnce()).toBe(4)

    const res = await app.inject({ method: 'GET', url: '/metrics' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe(EXPOSITION_CONTENT_TYPE)
    const body = res.body
    const secrets = [read, guarded, burned, unread]
    expect(sample(body, 'hushlink_secrets_created_total')).toBe(4)
    expect(sample(body, 'hushlink_payload_bytes_stored_total')).toBe(
      secrets.reduce((sum, s) => sum + s.envelope.length, 0),
    )
    expect(sample(body, 'hushlink_secrets_claimed_total')).toBe(1)
    expect(sample(body, 'hushlink_passphrase_failures_total')).toBe(2)
    expect(sample(body, 'hushlink_secrets_burned_by_failures_total')).toBe(1)
    expect(sample(body, 'hushlink_secrets_burned_total')).toBe(1)
    expect(sample(body, 'hushlink_expired_rows_swept_total')).toBe(4)

    const latency = 'hushlink_http_request_duration_seconds'
    expect(
      sample(body, `${latency}_count{method="POST",route="/api/v1/secrets",status_class="2xx"}`),
    ).toBe(4)
    expect(
      sample(
        body,
        `${latency}_count{method="POST",route="/api/v1/secrets/:id/claim",status_class="4xx"}`,
      ),
    ).toBe(3)
    expect(
      sample(
        body,
        `${latency}_bucket{method="POST",route="/api/v1/secrets",status_class="2xx",le="+Inf"}`,
      ),
    ).toBe(4)
    expect(sample(body, `${latency}_count{method="GET",route="/s/:id",status_class="2xx"}`)).toBe(1)
    expect(
      sample(body, `${latency}_count{method="GET",route="unmatched",status_class="4xx"}`),
    ).toBe(1)

    for (const line of body.trimEnd().split('\n')) {
      if (line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue
      expect(line).toMatch(SAMPLE_RE)
    }
    const leaked = secrets.flatMap(sensitiveValues).filter((value) => body.includes(value))
    expect(leaked).toEqual([])
    // Label values are patterns and classes: no path segment could be an id or a token.
    const segments = [...body.matchAll(/="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split('/'))
    expect(segments.filter((segment) => /^[A-Za-z0-9_-]{16,}$/.test(segment))).toEqual([])
  }, 30_000)

  it('buckets are cumulative and _count matches the +Inf bucket', async () => {
    const { app } = await buildTestApp({ ...IN_MEMORY, METRICS: 'true' })
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url: '/health' })
    const body = (await app.inject({ method: 'GET', url: '/metrics' })).body
    const prefix =
      'hushlink_http_request_duration_seconds_bucket{method="GET",route="/health",status_class="2xx",le="'
    const buckets = body
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .map((l) => Number(l.slice(l.lastIndexOf(' ') + 1)))
    expect(buckets.length).toBeGreaterThan(5)
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b))
    expect(buckets.at(-1)).toBe(3)
  })

  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    const { app, logs } = await buildTestApp({
      ...IN_MEMORY,
      METRICS: 'true',
      METRICS_TOKEN: TOKEN,
      LOG_LEVEL: 'info',
    })
    const ask = (authorization?: string) =>
      app.inject({
        method: 'GET',
        url: '/metrics',
        ...(authorization === undefined ? {} : { headers: { authorization } }),
      })
    for (const wrong of [undefined, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`]) {
      const res = await ask(wrong)
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ error: { code: 'forbidden' } })
    }
    const res = await ask(`Bearer ${TOKEN}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('hushlink_secrets_created_total 0')
    expect(res.body).not.toContain(TOKEN)
    expect(logs.join('\n')).not.toContain(TOKEN)
  })

  it('moves to METRICS_PORT, listening on HOST beside the app, and closes with it', async () => {
    const { app } = await buildTestApp({
      ...IN_MEMORY,
      METRICS: 'true',
      METRICS_PORT: '0',
      METRICS_TOKEN: TOKEN,
    })
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404)
    await app.ready()
    const address = app.metricsExporter?.server.address()
    if (address === null || typeof address !== 'object') throw new Error('exporter not listening')
    expect(address.address).toBe('127.0.0.1')
    const base = `http://127.0.0.1:${address.port}`

    await storeSecret(app)
    const refused = await fetch(`${base}/metrics`)
    expect(refused.status).toBe(403)
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('hushlink_secrets_created_total 1')
    const other = await fetch(`${base}/api/v1/config`)
    expect(other.status).toBe(404)
    expect(await other.json()).toMatchObject({ error: { code: 'not_found' } })

    await app.close()
    await expect(fetch(`${base}/metrics`)).rejects.toThrow()
  })
})
