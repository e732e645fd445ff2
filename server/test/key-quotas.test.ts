/**
 * A storage quota per API key (issue 18.3): set with `hushlink-admin keys
 * create --quota` / `keys set-quota` or the admin API, before the server's
 * MAX_STORED_BYTES_PER_KEY, and checked before any ciphertext is stored.
 */
import type { ApiKeyItem, ApiKeyList, CreatedApiKey } from '@hushlink/shared/api'
import { describe, expect, it } from 'vitest'
import { parseSize } from '../src/admin/size.js'
import { APP_TESTS, buildTestApp, type TestApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { adminOn, issueKey } from './helpers/keys.js'
import { claim, makeSecret, type TestSecret } from './helpers/secrets.js'
import { declareUpload, makeUpload } from './helpers/uploads.js'

/** Every test secret seals the same text: one size, so quotas can be set in secrets. */
const size = (await makeSecret()).envelope.length

async function create(
  { app }: TestApp,
  secret: TestSecret,
  key: string,
): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/secrets',
    payload: secret.body,
    headers: { authorization: `Bearer ${key}` },
  })
  return { status: res.statusCode, body: res.json() }
}

/** Creates up to `most` fresh secrets with `key`, stopping at the first refusal. */
async function fill(testApp: TestApp, key: string, most: number) {
  for (let stored = 0; stored < most; stored++) {
    const res = await create(testApp, await makeSecret(), key)
    if (res.status !== 201) return { stored, refused: res }
  }
  return { stored: most, refused: undefined }
}

async function keyCreate(testApp: TestApp, args: readonly string[]): Promise<string> {
  const run = await adminOn(testApp, ['keys', 'create', ...args])
  if (run.code !== 0) throw new Error(`keys create failed: ${run.err}`)
  return run.out.trim()
}

describeDialects('per-key storage quota (issue 18.3)', APP_TESTS, (dialect) => {
  it('keys create --quota limits that key, before MAX_STORED_BYTES_PER_KEY, and names the quota', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES_PER_KEY: String(5 * size) }, dialect)
    const small = await keyCreate(testApp, [
      '--name',
      'small',
      '--scope',
      'create',
      '--quota',
      String(2 * size),
    ])
    const big = await keyCreate(testApp, ['--name', 'big', '--scope', 'create', '--quota', '1MB'])
    const plain = await issueKey(testApp, 'plain', 'create')

    const limited = await fill(testApp, small, 10)
    expect(limited.stored).toBe(2)
    expect(limited.refused?.status).toBe(507)
    expect(limited.refused?.body.error).toEqual({
      code: 'quota_exceeded',
      message: expect.stringContaining(`storage quota (${2 * size} bytes)`),
    })
    expect((await fill(testApp, plain, 10)).stored).toBe(5)
    expect((await fill(testApp, big, 8)).stored).toBe(8)
  })

  it('keys create --quota larger than the default lets that key store more', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES_PER_KEY: String(size) }, dialect)
    const key = await keyCreate(testApp, [
      '--name',
      'bulk',
      '--scope',
      'create',
      '--quota',
      String(3 * size),
    ])
    expect((await fill(testApp, key, 10)).stored).toBe(3)
  })

  it('keys set-quota changes a key by name or id, "default" returns it to the default, and keys list shows it', async () => {
    const testApp = await buildTestApp({ MAX_STORED_BYTES_PER_KEY: String(size) }, dialect)
    const key = await issueKey(testApp, 'ci', 'create')
    const first = await makeSecret()
    expect((await create(testApp, first, key)).status).toBe(201)
    expect((await create(testApp, await makeSecret(), key)).status).toBe(507)

    const set = await adminOn(testApp, ['keys', 'set-quota', 'ci', String(2 * size)])
    expect(set).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^ci \(.{11}\): storage quota/),
    })
    // The key's new quota applies to its next request: no restart, no new key.
    expect((await create(testApp, await makeSecret(), key)).status).toBe(201)
    expect((await create(testApp, await makeSecret(), key)).status).toBe(507)

    const listed = await adminOn(testApp, ['keys', 'list', '--json'])
    const [item] = JSON.parse(listed.out) as { id: string; quota_bytes: number | null }[]
    expect(item?.quota_bytes).toBe(2 * size)
    expect((await adminOn(testApp, ['keys', 'list'])).out).toMatch(/QUOTA/)

    // By id, whatever its first character (ids are random base64url, '-' included).
    expect((await adminOn(testApp, ['keys', 'set-quota', item?.id ?? '', 'default'])).code).toBe(0)
    expect((await adminOn(testApp, ['keys', 'set-quota', '-AAAAAAAAAA', '1MB'])).code).toBe(1)
    // Back to MAX_STORED_BYTES_PER_KEY: one secret, and it holds two.
    expect(
      (await claim(testApp.app, first.id, { access_token: first.accessToken })).statusCode,
    ).toBe(200)
    expect((await create(testApp, await makeSecret(), key)).status).toBe(507)
    const back = JSON.parse((await adminOn(testApp, ['keys', 'list', '--json'])).out) as {
      quota_bytes: number | null
    }[]
    expect(back[0]?.quota_bytes).toBeNull()

    const unknown = await adminOn(testApp, ['keys', 'set-quota', 'nobody', '1MB'])
    expect(unknown).toMatchObject({ code: 1, err: expect.stringMatching(/no unrevoked key/) })
    const bad = await adminOn(testApp, ['keys', 'set-quota', 'ci', 'lots'])
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/a size such as 50MB/) })
    const badCreate = await adminOn(testApp, [
      ...['keys', 'create', '--name', 'x', '--scope', 'create', '--quota', '0'],
    ])
    expect(badCreate.code).toBe(2)
  }, 90_000)

  it('an upload is refused at its declaration by its key quota, before any part', async () => {
    const testApp = await buildTestApp({}, dialect)
    const key = await keyCreate(testApp, ['--name', 'up', '--scope', 'create', '--quota', '64KiB'])
    const big = await makeUpload({ fileBytes: 70 * 1024 })
    const refused = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload: big.body,
      headers: { 'x-api-key': key },
    })
    expect(refused.statusCode).toBe(507)
    expect(refused.json()).toMatchObject({
      error: { code: 'quota_exceeded', message: expect.stringContaining('(65536 bytes)') },
    })
    // The same upload without the key has no quota but the instance's.
    expect((await declareUpload(testApp.app, big.body)).statusCode).toBe(201)
  })

  it('the admin API creates a key with quota_bytes, changes it with PATCH and lists it', async () => {
    const testApp = await buildTestApp({}, dialect)
    const admin = await issueKey(testApp, 'ops', 'admin')
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      testApp.app.inject({
        method,
        url: `/api/v1/admin/keys${url}`,
        headers: { 'x-api-key': admin },
        ...(payload === undefined ? {} : { payload }),
      })
    const made = await call('POST', '', { name: 'ci', scope: 'create', quota_bytes: size })
    expect(made.statusCode).toBe(201)
    const { key, item } = made.json<CreatedApiKey>()
    expect(item.quota_bytes).toBe(size)
    expect((await create(testApp, await makeSecret(), key)).status).toBe(201)
    expect((await create(testApp, await makeSecret(), key)).status).toBe(507)

    const patched = await call('PATCH', `/${item.id}`, { quota_bytes: 2 * size })
    expect(patched.statusCode).toBe(200)
    expect(patched.json<ApiKeyItem>()).toMatchObject({ id: item.id, quota_bytes: 2 * size })
    expect((await create(testApp, await makeSecret(), key)).status).toBe(201)
    const listed = (await call('GET', '')).json<ApiKeyList>().items
    expect(listed.find((k) => k.name === 'ops')?.quota_bytes).toBeNull()
    expect(listed.find((k) => k.name === 'ci')?.quota_bytes).toBe(2 * size)

    expect((await call('PATCH', `/${item.id}`, { quota_bytes: null })).json()).toMatchObject({
      quota_bytes: null,
    })
    for (const body of [{ quota_bytes: 0 }, { quota_bytes: '1MB' }, {}, { quota_bytes: 1.5 }]) {
      const res = await call('PATCH', `/${item.id}`, body)
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ error: { code: 'bad_request' } })
    }
    // By id only, and only an unrevoked key.
    expect((await call('PATCH', '/ci', { quota_bytes: 1 })).statusCode).toBe(400)
    expect((await call('PATCH', '/AAAAAAAAAAA', { quota_bytes: 1 })).statusCode).toBe(404)
    await testApp.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/keys/${item.id}`,
      headers: { 'x-api-key': admin },
    })
    expect((await call('PATCH', `/${item.id}`, { quota_bytes: 1 })).statusCode).toBe(404)
  })
})

describe('quota sizes', () => {
  it('reads bytes, decimal and binary units', () => {
    expect(parseSize('1048576', 'q')).toBe(1_048_576)
    expect(parseSize('50MB', 'q')).toBe(50_000_000)
    expect(parseSize('50 mb', 'q')).toBe(50_000_000)
    expect(parseSize('1.5GiB', 'q')).toBe(1.5 * 2 ** 30)
    expect(parseSize('2KiB', 'q')).toBe(2048)
    expect(parseSize('1TB', 'q')).toBe(1e12)
    for (const bad of ['', '0', '-1', 'MB', '5 XB', '1e6', '0.1B', '99999999999TB']) {
      expect(() => parseSize(bad, '--quota')).toThrow(/--quota must be a size/)
    }
  })
})
