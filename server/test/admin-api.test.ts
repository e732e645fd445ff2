/**
 * The admin API (issue 6): list with keyset pagination, one secret, amend,
 * burn and stats; every status code, and never ciphertext or verifiers.
 */
import type { AdminSecret, AdminSecretList } from '@hushlink/shared/api'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  APP_TESTS,
  buildTestApp,
  createTestClock,
  useSharedApp,
  type TestApp,
} from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { issueKey } from './helpers/keys.js'
import { claim, getMeta, makeSecret, randomToken, storeSecret } from './helpers/secrets.js'
import { newSecret, openTestStore } from './storage/fixtures.js'
import { createAdminService } from '../src/admin-api/service.js'

type Method = 'GET' | 'PATCH' | 'DELETE'

function adminCall(
  app: FastifyInstance,
  key: string,
  method: Method,
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url: `/api/v1/admin${url}`,
    headers: { 'x-api-key': key },
    ...(payload === undefined ? {} : { payload }),
  })
}

const SECRET_FIELDS = [
  'claimed_at',
  'created_at',
  'expires_at',
  'failures',
  'id',
  'kind',
  'max_failures',
  'max_views',
  'owner',
  'passphrase',
  'receipt',
  'size',
  'state',
  'views',
]

describeDialects('admin API', APP_TESTS, (dialect) => {
  describe('one secret at a time', () => {
    const shared = useSharedApp({ MAX_TTL: '86400', MAX_VIEWS: '10' }, dialect)
    let key = ''
    beforeAll(async () => {
      key = await issueKey(shared.current, 'ops', 'admin')
    }, APP_TESTS.timeout)
    const call = (method: Method, url: string, payload?: object) =>
      adminCall(shared.current.app, key, method, url, payload)

    it('shows a secret without ciphertext or verifiers; 404 for unknown ids', async () => {
      const { app, clock } = shared.current
      const secret = await storeSecret(app, { passphrase: 'pw', maxViews: 3 })
      const res = await call('GET', `/secrets/${secret.id}`)
      expect(res.statusCode).toBe(200)
      const item = res.json<AdminSecret>()
      expect(Object.keys(item).sort()).toEqual(SECRET_FIELDS)
      expect(item).toEqual({
        id: secret.id,
        state: 'active',
        owner: null,
        kind: 'text',
        size: secret.envelope.length,
        created_at: new Date(clock.now()).toISOString(),
        expires_at: new Date(clock.now() + 3_600_000).toISOString(),
        max_views: 3,
        views: 0,
        failures: 0,
        max_failures: 5,
        claimed_at: null,
        passphrase: true,
        receipt: true,
      })
      for (const value of [secret.body.envelope, secret.body.access_verifier]) {
        expect(res.body).not.toContain(value)
      }
      expect((await call('GET', `/secrets/${(await makeSecret()).id}`)).statusCode).toBe(404)
      expect((await call('GET', '/secrets/not-an-id')).statusCode).toBe(400)
    })

    it('extends or shortens a live secret within MAX_TTL from its creation', async () => {
      const { app, clock } = shared.current
      const created = clock.now()
      const secret = await storeSecret(app, { maxViews: 2 })
      clock.advance(60_000)
      const byTtl = await call('PATCH', `/secrets/${secret.id}`, { ttl: 7200, max_views: 5 })
      expect(byTtl.statusCode).toBe(200)
      expect(byTtl.json()).toMatchObject({
        expires_at: new Date(clock.now() + 7_200_000).toISOString(),
        max_views: 5,
      })
      const latest = new Date(created + 86_400_000).toISOString()
      const byDate = await call('PATCH', `/secrets/${secret.id}`, { expires_at: latest })
      expect(byDate.statusCode).toBe(200)
      expect(byDate.json()).toMatchObject({ expires_at: latest, max_views: 5 })
      // The recipient sees the new limits.
      expect((await getMeta(app, secret.id)).json()).toMatchObject({
        expires_at: latest,
        views_left: 5,
      })

      for (const body of [
        { expires_at: new Date(created + 86_400_001).toISOString() },
        { ttl: 86_400 },
        { expires_at: new Date(clock.now()).toISOString() },
        { ttl: 60, expires_at: latest },
        {},
        { max_views: 11 },
        { ttl: 0 },
        { expires_at: 'tomorrow' },
        { burn: true },
      ]) {
        const res = await call('PATCH', `/secrets/${secret.id}`, body)
        expect(res.statusCode, JSON.stringify(body)).toBe(400)
        expect(res.json<{ error: { code: string } }>().error.code).toBe('bad_request')
      }
      await claim(app, secret.id, { access_token: secret.accessToken })
      const belowUsed = await call('PATCH', `/secrets/${secret.id}`, { max_views: 1 })
      expect(belowUsed.statusCode).toBe(400)
      expect(belowUsed.json<{ error: { message: string } }>().error.message).toMatch(
        /more than the 1 views already used/,
      )
      expect((await call('PATCH', `/secrets/${secret.id}`, { max_views: 2 })).statusCode).toBe(200)
      expect(
        (await call('PATCH', `/secrets/${(await makeSecret()).id}`, { max_views: 2 })).statusCode,
      ).toBe(404)
    })

    it('answers 409 to amending a secret that is no longer live', async () => {
      const { app } = shared.current
      const viewed = await storeSecret(app)
      await claim(app, viewed.id, { access_token: viewed.accessToken })
      const burned = await storeSecret(app)
      expect((await call('DELETE', `/secrets/${burned.id}`)).statusCode).toBe(204)
      const failed = await storeSecret(app, { passphrase: 'pw', maxFailures: 1 })
      await claim(app, failed.id, { access_token: failed.accessToken, pass_token: randomToken() })
      for (const [state, secret] of [
        ['viewed', viewed],
        ['burned', burned],
        ['burned_failures', failed],
      ] as const) {
        expect((await call('GET', `/secrets/${secret.id}`)).json()).toMatchObject({ state })
        const res = await call('PATCH', `/secrets/${secret.id}`, { ttl: 600 })
        expect(res.statusCode, state).toBe(409)
        expect(res.json<{ error: { code: string } }>().error.code).toBe('not_live')
      }
    })

    it('burns idempotently: 204, 204 again, the recipient finds nothing; 404 for unknown ids', async () => {
      const { app } = shared.current
      const secret = await storeSecret(app)
      const first = await call('DELETE', `/secrets/${secret.id}`)
      expect(first.statusCode).toBe(204)
      expect(first.body).toBe('')
      expect((await call('DELETE', `/secrets/${secret.id}`)).statusCode).toBe(204)
      expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(
        404,
      )
      expect((await call('GET', `/secrets/${secret.id}`)).json()).toMatchObject({
        state: 'burned',
      })
      expect((await call('DELETE', `/secrets/${(await makeSecret()).id}`)).statusCode).toBe(404)
    })

    it('refuses requests without an admin key: 401 without a valid key, 403 with a create key', async () => {
      const testApp = shared.current
      const creator = await issueKey(testApp, 'creator', 'create')
      const routes: [Method, string, object?][] = [
        ['GET', '/secrets'],
        ['GET', `/secrets/${(await makeSecret()).id}`],
        ['PATCH', `/secrets/${(await makeSecret()).id}`, { ttl: 600 }],
        ['DELETE', `/secrets/${(await makeSecret()).id}`],
        ['GET', '/stats'],
      ]
      for (const [method, url, payload] of routes) {
        const anonymous = await testApp.app.inject({
          method,
          url: `/api/v1/admin${url}`,
          ...(payload ? { payload } : {}),
        })
        expect(anonymous.statusCode, `${method} ${url}`).toBe(401)
        expect(anonymous.json<{ error: { code: string } }>().error.code).toBe('unauthorized')
        const wrong = await adminCall(testApp.app, `hlk_${'x'.repeat(43)}`, method, url, payload)
        expect(wrong.statusCode, `${method} ${url}`).toBe(401)
        const scoped = await adminCall(testApp.app, creator, method, url, payload)
        expect(scoped.statusCode, `${method} ${url}`).toBe(403)
        expect(scoped.json<{ error: { code: string } }>().error.code).toBe('insufficient_scope')
      }
    })
  })

  it('changes max_views alone of a secret whose expiry an earlier, longer MAX_TTL allowed', async () => {
    const { store } = await openTestStore(dialect)
    const clock = createTestClock()
    // Stored when MAX_TTL allowed two days; the instance now runs with one hour.
    const secret = newSecret({ createdAt: clock.now(), expiresAt: clock.now() + 2 * 86_400_000 })
    await store.insert(secret)
    const admin = createAdminService({ store, clock, maxTtl: 3600 })
    const amended = await admin.amend(secret.id, { max_views: 3 })
    expect(amended).toMatchObject({
      max_views: 3,
      expires_at: new Date(secret.expiresAt).toISOString(),
    })
    // A new expiry is still bound by today's MAX_TTL.
    await expect(admin.amend(secret.id, { ttl: 7200 })).rejects.toThrow(
      /at most MAX_TTL \(3600 s\)/,
    )
  })

  it('counts secrets by state and the bytes stored', async () => {
    const testApp = await buildTestApp({}, dialect)
    const { app, clock } = testApp
    const key = await issueKey(testApp, 'ops', 'admin')
    const active = await storeSecret(app)
    const viewed = await storeSecret(app)
    await claim(app, viewed.id, { access_token: viewed.accessToken })
    const burned = await storeSecret(app)
    await adminCall(app, key, 'DELETE', `/secrets/${burned.id}`)
    await storeSecret(app, { ttl: 300 })
    clock.advance(301_000)
    const res = await adminCall(app, key, 'GET', '/stats')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      secrets: { active: 1, expired: 1, viewed: 1, burned: 1, burned_failures: 0 },
      uploading: 0,
      // Ciphertext stays only for the active secret and the expired one awaiting the sweeper.
      bytes_stored: active.envelope.length * 2,
    })
    // Past every expiry, before a sweep: the opened and burned ones still count as what they are.
    clock.advance(3_600_000)
    expect((await adminCall(app, key, 'GET', '/stats')).json()).toMatchObject({
      secrets: { active: 0, expired: 2, viewed: 1, burned: 1, burned_failures: 0 },
    })
  })

  it('lists 1,000 secrets in pages of 100 while others are created and deleted, each exactly once', async () => {
    const testApp = await buildTestApp({}, dialect)
    const { app, clock } = testApp
    const key = await issueKey(testApp, 'ops', 'admin')
    const bodies = await Promise.all(Array.from({ length: 1000 }, () => makeSecret()))
    const steady = new Set<string>()
    for (const [i, secret] of bodies.entries()) {
      // Batches of equal created_at: the id breaks the ties.
      if (i % 7 === 0) clock.advance(1)
      steady.add(secret.id)
    }
    await createAll(testApp, bodies)
    // Short-lived ones the sweeper deletes while the listing runs.
    const doomed = await Promise.all(Array.from({ length: 150 }, () => makeSecret({ ttl: 300 })))
    await createAll(testApp, doomed)

    let pages = 0
    let sweptAtPage: number | null = null
    let churning = true
    const churn = (async () => {
      while (churning) {
        const more = await Promise.all(Array.from({ length: 10 }, () => makeSecret()))
        await createAll(testApp, more)
        await Promise.all(
          more.slice(0, 3).map((s) => adminCall(app, key, 'DELETE', `/secrets/${s.id}`)),
        )
      }
    })()

    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`
      const res = await adminCall(app, key, 'GET', `/secrets?limit=100${query}`)
      expect(res.statusCode).toBe(200)
      const page = res.json<AdminSecretList>()
      expect(page.items.length).toBeLessThanOrEqual(100)
      seen.push(...page.items.map((s) => s.id))
      cursor = page.next_cursor
      pages++
      if (pages === 3) {
        // The doomed rows sort ahead of the cursor: offsets would shift, keys do not.
        clock.advance(301_000)
        expect(await app.sweeper.runOnce()).toBeGreaterThanOrEqual(150)
        sweptAtPage = pages
      }
      // Give the churn a turn between pages.
      await new Promise((resolve) => setTimeout(resolve, 5))
    } while (cursor !== null)
    churning = false
    await churn
    expect(sweptAtPage).not.toBeNull()
    expect(sweptAtPage).toBeLessThan(pages)

    expect(pages).toBeGreaterThanOrEqual(10)
    expect(new Set(seen).size).toBe(seen.length)
    const missing = [...steady].filter((id) => !seen.includes(id))
    expect(missing).toEqual([])
  })

  it('filters by state and owner and refuses bad parameters with 400', async () => {
    const testApp = await buildTestApp({}, dialect)
    const { app, clock } = testApp
    const key = await issueKey(testApp, 'ops', 'admin')
    const ci = await issueKey(testApp, 'ci', 'create')
    const owned = await makeSecret()
    await app.inject({
      method: 'POST',
      url: '/api/v1/secrets',
      payload: owned.body,
      headers: { 'x-api-key': ci },
    })
    // Newest first: a later creation time, not a tie broken by the random id.
    clock.advance(1_000)
    const viewed = await storeSecret(app)
    await claim(app, viewed.id, { access_token: viewed.accessToken })
    const ids = async (query: string) =>
      (await adminCall(app, key, 'GET', `/secrets?${query}`))
        .json<AdminSecretList>()
        .items.map((s) => s.id)
    expect(await ids('owner=ci')).toEqual([owned.id])
    expect(await ids('state=viewed')).toEqual([viewed.id])
    expect(await ids('state=active&owner=ci')).toEqual([owned.id])
    expect(await ids('state=burned')).toEqual([])
    expect(await ids('limit=1')).toEqual([viewed.id])

    for (const query of [
      'limit=101',
      'limit=0',
      'limit=ten',
      'state=live',
      'cursor=bm9wZQ',
      'cursor=!!',
      'extra=1',
    ]) {
      const res = await adminCall(app, key, 'GET', `/secrets?${query}`)
      expect(res.statusCode, query).toBe(400)
      expect(res.json<{ error: { code: string } }>().error.code).toBe('bad_request')
    }
  })
})

/** Creates every secret through the API, a few requests at a time. */
async function createAll(
  { app }: TestApp,
  secrets: readonly Awaited<ReturnType<typeof makeSecret>>[],
): Promise<void> {
  for (let i = 0; i < secrets.length; i += 50) {
    const replies = await Promise.all(
      secrets
        .slice(i, i + 50)
        .map((s) => app.inject({ method: 'POST', url: '/api/v1/secrets', payload: s.body })),
    )
    for (const reply of replies) expect(reply.statusCode).toBe(201)
  }
}
