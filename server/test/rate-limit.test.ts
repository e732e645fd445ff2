import { randomInt } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { APP_TESTS, buildTestApp, IN_MEMORY } from './helpers/app.js'
import { claim, randomToken, storeSecret } from './helpers/secrets.js'

// eslint-disable-next-line no-restricted-properties -- the test run's environment, not the server's configuration
const TEST_REDIS_URL = process.env.TEST_REDIS_URL?.trim() || undefined

describe('rate limits', APP_TESTS, () => {
  it('limits claims per client address with a 429 JSON error', async () => {
    const { app } = await buildTestApp({ ...IN_MEMORY, RATE_LIMIT_CLAIM: '3' })
    const secret = await storeSecret(app)
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      statuses.push((await claim(app, secret.id, { access_token: randomToken() })).statusCode)
    }
    expect(statuses).toEqual([404, 404, 404])
    const limited = await claim(app, secret.id, { access_token: secret.accessToken })
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } })
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    // A forged X-Forwarded-For does not buy a new budget unless TRUST_PROXY says so.
    const forged = await app.inject({
      method: 'POST',
      url: `/api/v1/secrets/${secret.id}/claim`,
      headers: { 'x-forwarded-for': '203.0.113.7' },
      payload: { access_token: secret.accessToken },
    })
    expect(forged.statusCode).toBe(429)
    // Another address has its own budget; the limited one consumed nothing.
    const other = await app.inject({
      method: 'POST',
      url: `/api/v1/secrets/${secret.id}/claim`,
      remoteAddress: '198.51.100.9',
      payload: { access_token: secret.accessToken },
    })
    expect(other.statusCode).toBe(200)
  })

  it('counts an IPv6 client by its /64 (RATE_LIMIT_IPV6_PREFIX) and an IPv4 client by its address', async () => {
    const get = (app: FastifyInstance, remoteAddress: string) =>
      app.inject({ method: 'GET', url: '/api/v1/config', remoteAddress }).then((r) => r.statusCode)
    const { app } = await buildTestApp({ ...IN_MEMORY, RATE_LIMIT_READ: '2' })
    // Three addresses of one /64, spelled three ways: one budget of two.
    expect(await get(app, '2001:db8:1:2::1')).toBe(200)
    expect(await get(app, '2001:0db8:0001:0002:ffff:0:0:7')).toBe(200)
    expect(await get(app, '2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe(429)
    // The next /64 and neighbouring IPv4 addresses have their own.
    expect(await get(app, '2001:db8:1:3::1')).toBe(200)
    expect(await get(app, '192.0.2.1')).toBe(200)
    expect(await get(app, '192.0.2.1')).toBe(200)
    expect(await get(app, '192.0.2.1')).toBe(429)
    expect(await get(app, '::ffff:192.0.2.1')).toBe(429)
    expect(await get(app, '192.0.2.2')).toBe(200)

    const { app: wide } = await buildTestApp({
      ...IN_MEMORY,
      RATE_LIMIT_READ: '1',
      RATE_LIMIT_IPV6_PREFIX: '48',
    })
    expect(await get(wide, '2001:db8:1:2::1')).toBe(200)
    expect(await get(wide, '2001:db8:1:ffff::1')).toBe(429)
    expect(await get(wide, '2001:db8:2::1')).toBe(200)
  })

  it('limits requests to unknown routes with the read budget', async () => {
    const { app } = await buildTestApp({ ...IN_MEMORY, RATE_LIMIT_READ: '2' })
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await app.inject({ method: 'GET', url: '/probe' })).statusCode)
    expect(statuses).toEqual([404, 404, 429])
  })

  it('trusts X-Forwarded-For from a configured proxy only', async () => {
    const { app } = await buildTestApp({
      ...IN_MEMORY,
      RATE_LIMIT_READ: '1',
      TRUST_PROXY: '127.0.0.1',
    })
    const get = (forwardedFor: string) =>
      app.inject({
        method: 'GET',
        url: '/api/v1/config',
        headers: { 'x-forwarded-for': forwardedFor },
      })
    expect((await get('203.0.113.1')).statusCode).toBe(200)
    expect((await get('203.0.113.1')).statusCode).toBe(429)
    expect((await get('203.0.113.2')).statusCode).toBe(200)
  })
})

describe.skipIf(!TEST_REDIS_URL)('rate limits in Redis (needs TEST_REDIS_URL)', APP_TESTS, () => {
  it('shares one budget between two apps, as between replicas', async () => {
    const env = { ...IN_MEMORY, RATE_LIMIT_READ: '3', REDIS_URL: TEST_REDIS_URL ?? '' }
    const [a, b] = [await buildTestApp(env), await buildTestApp(env)]
    // An address of its own per run: counters in Redis outlive the apps for a minute.
    const remoteAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`
    const get = (app: typeof a.app) => app.inject({ method: 'GET', url: '/probe', remoteAddress })
    const statuses = [await get(a.app), await get(b.app), await get(a.app), await get(b.app)]
    expect(statuses.map((r) => r.statusCode)).toEqual([404, 404, 404, 429])
    expect((await get(a.app)).statusCode).toBe(429)
  })

  it('stops start-up when Redis cannot be reached', async () => {
    await expect(buildTestApp({ ...IN_MEMORY, REDIS_URL: 'redis://127.0.0.1:1' })).rejects.toThrow(
      /cannot reach Redis at REDIS_URL/,
    )
  })
})
