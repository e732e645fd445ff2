import { describe, expect, it } from 'vitest'
import { buildTestApp, APP_TESTS, type TestApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { issueKey } from './helpers/keys.js'
import {
  claim,
  createSecret,
  makeSecret,
  receipt,
  storeSecret,
  type TestSecret,
} from './helpers/secrets.js'
import { declareUpload, makeUpload, sendPart } from './helpers/uploads.js'

/** Every test secret seals the same text: one size, so quotas can be set in secrets. */
const size = (await makeSecret()).envelope.length

async function create(
  { app }: TestApp,
  secret: TestSecret,
  key?: string,
): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/secrets',
    payload: secret.body,
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
  })
  return { status: res.statusCode, body: res.json() }
}

describeDialects('storage quota (issue 18.3)', APP_TESTS, (dialect) => {
  it('MAX_STORED_BYTES refuses a create with 507 until a claim, a burn or the sweeper frees room', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES: String(2 * size + size / 2) }, dialect)
    const { app } = testApp
    await storeSecret(app, { ttl: 300 })
    const second = await storeSecret(app)
    const refused = await create(testApp, await makeSecret())
    expect(refused.status).toBe(507)
    expect(refused.body.error?.code).toBe('quota_exceeded')
    expect(refused.body.error?.message).toMatch(/no room.*Nothing was stored/)

    // An old secret can still be read while creates are refused, and that frees its bytes.
    expect((await claim(app, second.id, { access_token: second.accessToken })).statusCode).toBe(200)
    const third = await storeSecret(app)
    expect((await create(testApp, await makeSecret())).status).toBe(507)
    expect((await receipt(app, 'burn', third.id, third.receiptToken)).statusCode).toBe(204)
    await storeSecret(app)
    expect((await create(testApp, await makeSecret())).status).toBe(507)
    testApp.clock.advance(301_000)
    expect((await create(testApp, await makeSecret())).status).toBe(507)
    await testApp.app.sweeper.runOnce()
    expect((await createSecret(app, (await makeSecret()).body)).statusCode).toBe(201)
  })

  it('concurrent creates never pass the quota together', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES: String(5 * size) }, dialect)
    const secrets = await Promise.all(Array.from({ length: 24 }, () => makeSecret()))
    const statuses = await Promise.all(secrets.map((s) => create(testApp, s)))
    expect(statuses.filter((r) => r.status === 201)).toHaveLength(5)
    expect(statuses.filter((r) => r.status === 507)).toHaveLength(19)
  })

  it('an upload is refused at its declaration, by its declared size, before any part', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES: String(64 * 1024) }, dialect)
    const big = await makeUpload({ fileBytes: 70 * 1024 })
    const refused = await declareUpload(testApp.app, big.body)
    expect(refused.statusCode).toBe(507)
    expect(refused.json()).toMatchObject({ error: { code: 'quota_exceeded' } })
    const part = await sendPart(
      testApp.app,
      big.id,
      0,
      big.envelope.subarray(0, 4096),
      big.uploadToken,
    )
    expect(part.statusCode).toBe(404)

    // A declared upload holds its size from the start: a second one does not fit beside it.
    const half = await makeUpload({ fileBytes: 40 * 1024 })
    expect((await declareUpload(testApp.app, half.body)).statusCode).toBe(201)
    const other = await makeUpload({ fileBytes: 40 * 1024 })
    expect((await declareUpload(testApp.app, other.body)).statusCode).toBe(507)
    // Abandoning it gives its bytes back.
    testApp.clock.advance(25 * 3600_000)
    await testApp.app.sweeper.runOnce()
    const again = await makeUpload({ fileBytes: 40 * 1024, ttl: 3600 })
    expect((await declareUpload(testApp.app, again.body)).statusCode).toBe(201)
  })

  it('MAX_STORED_BYTES_PER_KEY limits each API key; other keys and anonymous creates go on', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES_PER_KEY: String(2 * size) }, dialect)
    const ci = await issueKey(testApp, 'ci', 'create')
    const ops = await issueKey(testApp, 'ops', 'create')
    expect((await create(testApp, await makeSecret(), ci)).status).toBe(201)
    const kept = await makeSecret()
    expect((await create(testApp, kept, ci)).status).toBe(201)
    const refused = await create(testApp, await makeSecret(), ci)
    expect(refused.status).toBe(507)
    expect(refused.body.error?.message).toMatch(/API key has used its storage quota/)
    expect((await create(testApp, await makeSecret(), ops)).status).toBe(201)
    expect((await create(testApp, await makeSecret())).status).toBe(201)
    expect((await claim(testApp.app, kept.id, { access_token: kept.accessToken })).statusCode).toBe(
      200,
    )
    expect((await create(testApp, await makeSecret(), ci)).status).toBe(201)
  })

  it('an idempotent create over the quota is refused and can be sent again once there is room', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES: String(size) }, dialect)
    const held = await storeSecret(testApp.app)
    const secret = await makeSecret()
    const send = () =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/v1/secrets',
        payload: secret.body,
        headers: { 'idempotency-key': 'quota-retry-1' },
      })
    expect((await send()).statusCode).toBe(507)
    await claim(testApp.app, held.id, { access_token: held.accessToken })
    expect((await send()).statusCode).toBe(201)
    expect((await send()).statusCode).toBe(201)
  })
})

describe('storage quota configuration', () => {
  it('names the variable of a bad value', async () => {
    await expect(buildTestApp({ MAX_STORED_BYTES: '-1' })).rejects.toThrow(/MAX_STORED_BYTES/)
    await expect(buildTestApp({ MAX_STORED_BYTES_PER_KEY: 'lots' })).rejects.toThrow(
      /MAX_STORED_BYTES_PER_KEY/,
    )
  })
})
