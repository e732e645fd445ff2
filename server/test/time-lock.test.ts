import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import { describeDialects } from './helpers/dialects.js'
import { APP_TESTS, buildTestApp } from './helpers/app.js'
import {
  claim,
  createSecret,
  getMeta,
  makeSecret,
  receipt,
  storeSecret,
} from './helpers/secrets.js'
import { newSecret, openTestStore } from './storage/fixtures.js'
import { issueKey } from './helpers/keys.js'
import { makeFanOut } from './helpers/fan-out.js'
import { claimStream, declareUpload, makeUpload, storeUpload } from './helpers/uploads.js'

const iso = (ms: number) => new Date(ms).toISOString()

describeDialects('time lock: not_before (protocol §9)', APP_TESTS, (dialect) => {
  it('refuses a claim one second early with not_yet, counts nothing, and opens at the moment', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const opensAt = clock.now() + 60_000
    const secret = await storeSecret(app, { maxViews: 2, notBefore: iso(opensAt) })
    const meta = await getMeta(app, secret.id)
    expect(meta.json()).toMatchObject({ views_left: 2, opens_at: iso(opensAt) })

    clock.set(opensAt - 1000)
    const early = await claim(app, secret.id, { access_token: secret.accessToken })
    expect(early.statusCode).toBe(409)
    expect(early.json()).toEqual({
      error: { code: 'not_yet', message: expect.stringContaining(iso(opensAt)) },
      opens_at: iso(opensAt),
      server_time: iso(opensAt - 1000),
    })
    const streamed = await app.inject({
      method: 'POST',
      url: `/api/v1/secrets/${secret.id}/claim`,
      headers: { accept: 'application/octet-stream' },
      payload: { access_token: secret.accessToken },
    })
    expect(streamed.statusCode).toBe(409)
    expect((await getMeta(app, secret.id)).json()).toMatchObject({ views_left: 2 })
    const status = await receipt(app, 'status', secret.id, secret.receiptToken)
    expect(status.json()).toMatchObject({ state: 'active', views: 0, opens_at: iso(opensAt) })
    expect(status.json()).not.toHaveProperty('claimed_at')

    clock.set(opensAt)
    const opened = await claim(app, secret.id, { access_token: secret.accessToken })
    expect(opened.statusCode).toBe(200)
    expect(opened.json()).toMatchObject({ envelope: secret.body.envelope, views_left: 1 })
  })

  it('answers a wrong access token with the same 404 before the opening, no oracle', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const secret = await storeSecret(app, { notBefore: iso(clock.now() + 60_000) })
    const other = await makeSecret()
    const res = await claim(app, secret.id, { access_token: other.accessToken })
    expect(res.statusCode).toBe(404)
  })

  it('refuses passphrase guesses before the opening without counting them', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const opensAt = clock.now() + 60_000
    const secret = await storeSecret(app, {
      passphrase: 'right one',
      maxFailures: 1,
      notBefore: iso(opensAt),
    })
    for (let i = 0; i < 3; i++) {
      const guess = await claim(app, secret.id, { access_token: secret.accessToken })
      expect(guess.statusCode).toBe(409)
      expect(guess.json()).toMatchObject({ error: { code: 'not_yet' } })
    }
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'active',
      failures: 0,
    })
    clock.set(opensAt)
    const right = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: secret.passToken!,
    })
    expect(right.statusCode).toBe(200)
  })

  it('the store refuses an early claim and an early failure by itself, changing nothing', async () => {
    // The service checks first; this proves the claim's own conditional update holds without it.
    const { store } = await openTestStore(dialect)
    const secret = newSecret()
    const opensAt = secret.createdAt + 60_000
    expect(await store.insert({ ...secret, notBefore: opensAt })).toBe(true)
    expect(await store.claim(secret.id, opensAt - 1)).toEqual({ opensAt })
    expect(await store.recordFailure(secret.id, opensAt - 1)).toEqual({ opensAt })
    expect(await store.findReceipt(secret.id)).toMatchObject({
      state: 'active',
      views: 0,
      failures: 0,
      claimedAt: null,
    })
    expect(await store.claim(secret.id, opensAt)).toMatchObject({ viewsLeft: 0 })
    expect(await store.claim(secret.id, opensAt)).toBeUndefined()
    // Past the expiry a locked secret is simply gone, not "not yet".
    const late = newSecret()
    await store.insert({ ...late, notBefore: late.createdAt + 60_000 })
    expect(await store.claim(late.id, late.expiresAt)).toBeUndefined()
  })

  it('locks each link of a fan-out secret too: early claims count nothing, every link opens at the moment', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const opensAt = clock.now() + 60_000
    const secret = await makeFanOut(['Alice', 'Bob'], { notBefore: iso(opensAt) })
    expect((await createSecret(app, secret.body)).statusCode).toBe(201)
    const claimLink = (index: number) =>
      claim(app, secret.id, { access_token: secret.linkTokens[index - 1] ?? '', link: index })
    clock.set(opensAt - 1000)
    for (const index of [1, 2]) {
      const early = await claimLink(index)
      expect(early.statusCode).toBe(409)
      expect(early.json()).toMatchObject({ error: { code: 'not_yet' }, opens_at: iso(opensAt) })
    }
    const status = await receipt(app, 'status', secret.id, secret.receiptToken)
    expect(status.json()).toMatchObject({ state: 'active', views: 0, opens_at: iso(opensAt) })
    clock.set(opensAt)
    for (const index of [1, 2]) expect((await claimLink(index)).statusCode).toBe(200)
  })

  it("the store refuses an early claim of a fan-out link by itself, under the secret's lock", async () => {
    const { store } = await openTestStore(dialect)
    const secret = newSecret()
    const opensAt = secret.createdAt + 60_000
    const links = [1, 2].map(() => ({ verifier: randomBytes(32), label: null, maxViews: 1 }))
    expect(await store.insert({ ...secret, maxViews: 2, links, notBefore: opensAt })).toBe(true)
    expect(await store.claimLink(secret.id, 1, opensAt - 1)).toEqual({ opensAt })
    expect(await store.findLink(secret.id, 1)).toMatchObject({ state: 'active', viewsLeft: 1 })
    expect(await store.findReceipt(secret.id)).toMatchObject({ state: 'active', views: 0 })
    expect(await store.claimLink(secret.id, 1, opensAt)).toMatchObject({ viewsLeft: 0 })
  })

  it('never serves an expired time-locked secret, with the sweeper stopped', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    await app.sweeper.stop()
    const created = clock.now()
    const secret = await storeSecret(app, { ttl: 600, notBefore: iso(created + 300_000) })
    clock.set(created + 600_000)
    expect((await getMeta(app, secret.id)).statusCode).toBe(404)
    const late = await claim(app, secret.id, { access_token: secret.accessToken })
    expect(late.statusCode).toBe(404)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'expired',
      views: 0,
    })
  })

  it('refuses a not_before at or after the expiry, far in the past, or malformed: 400, nothing stored', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const now = clock.now()
    const cases: [string, string][] = [
      [iso(now + 600_000), 'invalid_not_before'],
      [iso(now + 900_000), 'invalid_not_before'],
      [iso(now - 3_600_000), 'invalid_not_before'],
      ['tomorrow', 'bad_request'],
      ['2030-01-01T10:00:00', 'bad_request'],
    ]
    for (const [notBefore, code] of cases) {
      const secret = await makeSecret({ ttl: 600 })
      const res = await createSecret(app, { ...secret.body, not_before: notBefore })
      expect(res.statusCode, notBefore).toBe(400)
      expect(res.json()).toMatchObject({ error: { code, message: expect.any(String) } })
      expect((await getMeta(app, secret.id)).statusCode).toBe(404)
      // Nothing was stored: the same id can still be used.
      expect((await createSecret(app, secret.body)).statusCode).toBe(201)
    }
    // Within the tolerance for a lagging client clock: taken, and already open.
    const lagging = await storeSecret(app, { notBefore: iso(now - 60_000) })
    expect((await claim(app, lagging.id, { access_token: lagging.accessToken })).statusCode).toBe(
      200,
    )
  })

  it('the admin API shows opens_at, and refuses an expiry that would come before the opening', async () => {
    const test = await buildTestApp({}, dialect)
    const { app, clock } = test
    const headers = { 'x-api-key': await issueKey(test, 'ops', 'admin') }
    const opensAt = clock.now() + 600_000
    const secret = await storeSecret(app, { ttl: 3600, notBefore: iso(opensAt) })
    const plain = await storeSecret(app)
    const url = (id: string) => `/api/v1/admin/secrets/${id}`
    const shown = await app.inject({ method: 'GET', url: url(secret.id), headers })
    expect(shown.json()).toMatchObject({ state: 'active', opens_at: iso(opensAt) })
    const other = await app.inject({ method: 'GET', url: url(plain.id), headers })
    expect(other.json()).not.toHaveProperty('opens_at')
    const early = await app.inject({
      method: 'PATCH',
      url: url(secret.id),
      headers,
      payload: { ttl: 300 },
    })
    expect(early.statusCode).toBe(400)
    expect(early.json()).toMatchObject({ error: { code: 'bad_request' } })
    expect((await getMeta(app, secret.id)).json()).toMatchObject({
      expires_at: iso(clock.now() + 3_600_000),
    })
  })

  it('locks a streamed upload the same way, and refuses its declaration past the expiry', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const opensAt = clock.now() + 60_000
    const upload = await storeUpload(app, { notBefore: iso(opensAt) })
    const token = { access_token: upload.accessToken }
    clock.set(opensAt - 1000)
    const early = await claimStream(app, upload.id, token)
    expect(early.statusCode).toBe(409)
    expect(early.json()).toMatchObject({ error: { code: 'not_yet' }, opens_at: iso(opensAt) })
    clock.set(opensAt)
    const opened = await claimStream(app, upload.id, token)
    expect(opened.statusCode).toBe(200)
    expect(opened.rawPayload.equals(Buffer.from(upload.envelope))).toBe(true)

    const late = await makeUpload({ ttl: 600, notBefore: iso(clock.now() + 600_000) })
    const refused = await declareUpload(app, late.body)
    expect(refused.statusCode).toBe(400)
    expect(refused.json()).toMatchObject({ error: { code: 'invalid_not_before' } })
  })
})
