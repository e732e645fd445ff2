/**
 * API keys and the create gates (issue 6): keys made with `hushlink-admin keys`,
 * accepted in either header, 401/403 as JSON, owners recorded, the private
 * instance mode where reading stays open, and CREATE_ALLOWED_CIDRS.
 */
import Fastify, { type FastifyInstance } from 'fastify'
import { describe, expect, it, onTestFinished } from 'vitest'
import { APP_TESTS, buildTestApp, createTestClock, IN_MEMORY, useSharedApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { adminOn, issueKey, type AdminRun } from './helpers/keys.js'
import { openTestStore } from './storage/fixtures.js'
import { access } from '../src/auth/access.js'
import { loadConfig } from '../src/config.js'
import { issueApiKey, KEY_NAME_PATTERN } from '../src/auth/api-keys.js'
import type { ApiKeyStore } from '../src/storage/index.js'
import { claim, getMeta, makeSecret, receipt, type TestSecret } from './helpers/secrets.js'
import { declareUpload, makeUpload } from './helpers/uploads.js'

function create(app: FastifyInstance, secret: TestSecret, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/v1/secrets', payload: secret.body, headers })
}

async function ownerOf(app: FastifyInstance, id: string, adminKey: string): Promise<unknown> {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/admin/secrets/${id}`,
    headers: { 'x-api-key': adminKey },
  })
  expect(res.statusCode).toBe(200)
  return res.json<{ owner: unknown }>().owner
}

const BAD_KEY = `hlk_${'A'.repeat(43)}`

/** The id `keys list --json` shows for the key with this name. */
function keyIdOf(list: AdminRun, name: string): string {
  const keys = JSON.parse(list.out) as { id: string; name: string }[]
  const key = keys.find((k) => k.name === name)
  if (!key) throw new Error(`no key named ${name}`)
  return key.id
}

describeDialects('API keys', APP_TESTS, (dialect) => {
  describe('on a private instance (CREATE_REQUIRES_API_KEY=true)', () => {
    const shared = useSharedApp(
      {
        CREATE_REQUIRES_API_KEY: 'true',
        CREATE_ALLOWED_CIDRS: '10.0.0.0/8,127.0.0.1,::1',
        TRUST_PROXY: 'loopback',
      },
      dialect,
    )

    it('refuses creating without a key, or with a wrong or revoked one, with 401 JSON', async () => {
      const testApp = shared.current
      const { app } = testApp
      const secret = await makeSecret()
      const missing = await create(app, secret)
      expect(missing.statusCode).toBe(401)
      expect(missing.headers['www-authenticate']).toMatch(/^Bearer /)
      expect(missing.json()).toEqual({
        error: {
          code: 'unauthorized',
          message: 'This server creates secrets only for its members: an API key is required.',
        },
      })
      const wrong: Record<string, string>[] = [
        { 'x-api-key': BAD_KEY },
        { 'x-api-key': 'not-a-key' },
        { authorization: `Bearer ${BAD_KEY}` },
        { authorization: 'Basic dXNlcjpwYXNz' },
      ]
      for (const headers of wrong) {
        const res = await create(app, secret, headers)
        expect(res.statusCode, JSON.stringify(headers)).toBe(401)
        expect(res.json<{ error: { code: string } }>().error.code).toBe('unauthorized')
      }

      const key = await issueKey(testApp, 'soon-revoked', 'create')
      const revoke = await adminOn(testApp, ['keys', 'revoke', 'soon-revoked'])
      expect(revoke).toMatchObject({
        code: 0,
        out: expect.stringMatching(/^revoked soon-revoked /),
      })
      expect((await create(app, secret, { 'x-api-key': key })).statusCode).toBe(401)
      // Nothing was stored by any refused attempt.
      expect((await getMeta(app, secret.id)).statusCode).toBe(404)
    })

    it('revokes by id first: a key named like another key’s id is not revoked with it', async () => {
      const testApp = shared.current
      const { app } = testApp
      // A name must start with a letter or digit; a random id may not.
      let target = { name: '', id: '-', key: '' }
      for (let i = 0; !KEY_NAME_PATTERN.test(target.id); i++) {
        const name = `target-${i}`
        const key = await issueKey(testApp, name, 'create')
        target = {
          name,
          id: keyIdOf(await adminOn(testApp, ['keys', 'list', '--json']), name),
          key,
        }
      }
      const lookalike = await issueKey(testApp, target.id, 'create')
      const revoke = await adminOn(testApp, ['keys', 'revoke', target.id])
      expect(revoke).toEqual({ code: 0, out: `revoked ${target.name} (${target.id})\n`, err: '' })
      expect((await create(app, await makeSecret(), { 'x-api-key': target.key })).statusCode).toBe(
        401,
      )
      expect((await create(app, await makeSecret(), { 'x-api-key': lookalike })).statusCode).toBe(
        201,
      )
      // Again: the id still stands for the revoked key, never for the one named like it.
      expect((await adminOn(testApp, ['keys', 'revoke', target.id])).code).toBe(1)
      expect((await create(app, await makeSecret(), { 'x-api-key': lookalike })).statusCode).toBe(
        201,
      )
    })

    it('creates with a create or admin key in either header and records the owner', async () => {
      const testApp = shared.current
      const { app } = testApp
      const ci = await issueKey(testApp, 'ci', 'create')
      const ops = await issueKey(testApp, 'ops', 'admin')
      expect(ci).toMatch(/^hlk_[A-Za-z0-9_-]{43}$/)

      const viaHeader = await makeSecret()
      expect((await create(app, viaHeader, { 'x-api-key': ci })).statusCode).toBe(201)
      const viaBearer = await makeSecret()
      expect((await create(app, viaBearer, { authorization: `Bearer ${ops}` })).statusCode).toBe(
        201,
      )
      expect(await ownerOf(app, viaHeader.id, ops)).toBe('ci')
      expect(await ownerOf(app, viaBearer.id, ops)).toBe('ops')

      // Streamed uploads pass the same gate and record the owner too.
      const upload = await makeUpload()
      expect((await declareUpload(app, upload.body)).statusCode).toBe(401)
      const declared = await app.inject({
        method: 'POST',
        url: '/api/v1/uploads',
        payload: upload.body,
        headers: { 'x-api-key': ci },
      })
      expect(declared.statusCode).toBe(201)

      // The recipient and the creator's receipt need no key.
      expect((await getMeta(app, viaHeader.id)).statusCode).toBe(200)
      expect((await receipt(app, 'status', viaHeader.id, viaHeader.receiptToken)).statusCode).toBe(
        200,
      )
      const read = await claim(app, viaHeader.id, { access_token: viaHeader.accessToken })
      expect(read.statusCode).toBe(200)
      expect((await app.inject({ method: 'GET', url: '/api/v1/config' })).json()).toMatchObject({
        create_requires_api_key: true,
      })
    })

    it('answers 403 to a key without the scope, and to clients outside the allowed networks', async () => {
      const testApp = shared.current
      const { app } = testApp
      const ci = await issueKey(testApp, 'scoped', 'create')
      const admin = await app.inject({
        method: 'GET',
        url: '/api/v1/admin/stats',
        headers: { 'x-api-key': ci },
      })
      expect(admin.statusCode).toBe(403)
      expect(admin.json()).toEqual({
        error: {
          code: 'insufficient_scope',
          message: 'This API key has create scope; this needs admin.',
        },
      })

      // TRUST_PROXY=loopback: the address the proxy reports is the client's.
      const inside = await create(app, await makeSecret(), {
        'x-api-key': ci,
        'x-forwarded-for': '10.20.30.40',
      })
      expect(inside.statusCode).toBe(201)
      const outside = await create(app, await makeSecret(), {
        'x-api-key': ci,
        'x-forwarded-for': '192.0.2.7',
      })
      expect(outside.statusCode).toBe(403)
      expect(outside.json()).toEqual({
        error: { code: 'forbidden', message: 'Creating secrets is not allowed from this network.' },
      })
    })

    it('lists keys without ever printing one, and refuses a second unrevoked name', async () => {
      const testApp = shared.current
      const key = await issueKey(testApp, 'listed', 'admin')
      const again = await adminOn(testApp, [
        'keys',
        'create',
        '--name',
        'listed',
        '--scope',
        'create',
      ])
      expect(again.code).toBe(1)
      expect(again.err).toMatch(/exists/)
      await shared.current.app.inject({
        method: 'GET',
        url: '/api/v1/admin/stats',
        headers: { authorization: `Bearer ${key}` },
      })
      const listed = async () => {
        const list = await adminOn(testApp, ['keys', 'list', '--json'])
        expect(list.code).toBe(0)
        const keys = JSON.parse(list.out) as {
          name: string
          scope: string
          last_used_at: unknown
        }[]
        return { list, key: keys.find((k) => k.name === 'listed') }
      }
      // The use is recorded after the answer, not before it.
      await expect
        .poll(async () => (await listed()).key, { timeout: 5000 })
        .toMatchObject({ scope: 'admin', last_used_at: expect.stringMatching(/^20/) })
      const { list } = await listed()
      const table = await adminOn(testApp, ['keys', 'list'])
      expect(table.out).toMatch(/^ID\s+NAME\s+SCOPE/)
      for (const text of [list.out, table.out, testApp.logs.join('\n')]) {
        expect(text).not.toContain(key)
        expect(text).not.toContain(key.slice(4))
      }
    })
  })

  describe('on an open instance', () => {
    const shared = useSharedApp({}, dialect)

    it('creates without a key, and records the owner of one sent anyway (which must be valid)', async () => {
      const testApp = shared.current
      const { app } = testApp
      const anonymous = await makeSecret()
      expect((await create(app, anonymous)).statusCode).toBe(201)
      expect((await create(app, await makeSecret(), { 'x-api-key': BAD_KEY })).statusCode).toBe(401)
      const key = await issueKey(testApp, 'team', 'admin')
      const owned = await makeSecret()
      expect((await create(app, owned, { 'x-api-key': key })).statusCode).toBe(201)
      expect(await ownerOf(app, anonymous.id, key)).toBeNull()
      // A proxy's own credentials passed through are not API keys and are ignored.
      for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x']) {
        const behindProxy = await makeSecret()
        expect((await create(app, behindProxy, { authorization })).statusCode).toBe(201)
        expect(await ownerOf(app, behindProxy.id, key)).toBeNull()
      }
      expect(await ownerOf(app, owned.id, key)).toBe('team')
      // The admin API is never open.
      const res = await app.inject({ method: 'GET', url: '/api/v1/admin/secrets' })
      expect(res.statusCode).toBe(401)
      expect(res.json<{ error: { code: string } }>().error.code).toBe('unauthorized')
    })
  })
})

describe('CREATE_ALLOWED_CIDRS without TRUST_PROXY', APP_TESTS, () => {
  it('judges the socket address and ignores X-Forwarded-For', async () => {
    const { app } = await buildTestApp({ ...IN_MEMORY, CREATE_ALLOWED_CIDRS: '10.0.0.0/8' })
    const spoofed = await create(app, await makeSecret(), { 'x-forwarded-for': '10.1.2.3' })
    expect(spoofed.statusCode).toBe(403)
    const allowed = await app.inject({
      method: 'POST',
      url: '/api/v1/secrets',
      payload: (await makeSecret()).body,
      remoteAddress: '10.9.8.7',
    })
    expect(allowed.statusCode).toBe(201)
  })
})

describe('CREATE_ALLOWED_CIDRS ranges', APP_TESTS, () => {
  it('match IPv4 clients of a dual-stack socket (::ffff:a.b.c.d), whole families and single addresses', async () => {
    const { store } = await openTestStore('sqlite')
    const cases: [string, string[], string[]][] = [
      [
        '10.0.0.0/8',
        ['10.1.2.3', '::ffff:10.1.2.3', '::FFFF:a01:203'],
        ['11.0.0.1', '::ffff:11.0.0.1'],
      ],
      ['::ffff:10.0.0.0/104', ['10.1.2.3', '::ffff:10.1.2.3'], ['11.0.0.1', '2001:db8::1']],
      ['0.0.0.0/0', ['192.0.2.1', '::ffff:192.0.2.1'], ['2001:db8::1', '::1']],
      ['::/0', ['2001:db8::1', '::1', '192.0.2.1'], []],
      ['192.0.2.7/32', ['192.0.2.7', '::ffff:192.0.2.7'], ['192.0.2.8', '192.0.2.6']],
      ['192.0.2.7', ['192.0.2.7'], ['192.0.2.8']],
      ['2001:db8::1/128', ['2001:db8::1', '2001:db8:0:0:0:0:0:1'], ['2001:db8::2', '::1']],
    ]
    for (const [cidrs, inside, outside] of cases) {
      const app = Fastify()
      await app.register(access, {
        keys: store.apiKeys,
        clock: createTestClock(),
        createRequiresKey: false,
        createNetworks: loadConfig({ CREATE_ALLOWED_CIDRS: cidrs }).createAllowedCidrs,
      })
      app.post('/create', { config: { access: 'create' } }, () => 'created')
      const status = async (remoteAddress: string) =>
        (await app.inject({ method: 'POST', url: '/create', remoteAddress })).statusCode
      for (const ip of inside) expect(await status(ip), `${cidrs} ${ip}`).toBe(200)
      for (const ip of outside) expect(await status(ip), `${cidrs} ${ip}`).toBe(403)
      await app.close()
    }
  })
})

describe('keys revoke', APP_TESTS, () => {
  it('revokes a key whose random id starts with "-" (one in 64 do)', async () => {
    const { store, database } = await openTestStore('sqlite')
    const { record } = issueApiKey('dashing', 'create', null, Date.now())
    const id = `-${record.id.slice(1)}`
    await store.apiKeys.create({ ...record, id })
    const revoke = await adminOn({ config: { database } }, ['keys', 'revoke', id])
    expect(revoke).toEqual({ code: 0, out: `revoked dashing (${id})\n`, err: '' })
    expect((await store.apiKeys.list())[0]?.revokedAt).toBeTypeOf('number')
  })
})

describe('recording the use of a key', APP_TESTS, () => {
  it('writes once per burst, after answering, and a failed write fails no request', async () => {
    const { store } = await openTestStore('sqlite')
    const clock = createTestClock()
    const issued = issueApiKey('busy', 'create', null, clock.now())
    await store.apiKeys.create(issued.record)
    // The real store; each write waits for the test to let it through.
    const pending: ((fail: boolean) => void)[] = []
    const keys: ApiKeyStore = {
      ...store.apiKeys,
      touch: (id, now, before) =>
        new Promise((resolve, reject) => {
          pending.push((fail) => {
            if (fail) reject(new Error('disk full'))
            else resolve(store.apiKeys.touch(id, now, before))
          })
        }),
    }
    const logs: string[] = []
    const app = Fastify({ logger: { level: 'warn', stream: { write: (l) => logs.push(l) } } })
    onTestFinished(() => app.close())
    await app.register(access, { keys, clock, createRequiresKey: true, createNetworks: null })
    app.get('/who', { config: { access: 'create' } }, (request) => request.apiKey)
    const burst = () =>
      Promise.all(
        Array.from({ length: 10 }, () =>
          app.inject({ url: '/who', headers: { 'x-api-key': issued.key } }),
        ),
      )

    // Answered while the write is still held back.
    const answers = await Promise.race([
      burst(),
      new Promise<'stalled'>((resolve) => setTimeout(() => resolve('stalled'), 5000)),
    ])
    expect(answers === 'stalled' ? answers : answers.map((r) => r.statusCode)).toEqual(
      Array(10).fill(200),
    )
    expect(pending).toHaveLength(1)
    pending[0]?.(false)
    await expect.poll(async () => (await store.apiKeys.list())[0]?.lastUsedAt).toBe(clock.now())

    // Within a minute nothing more is written; after it, once, and its failure is only logged.
    clock.advance(59_999)
    await burst()
    expect(pending).toHaveLength(1)
    clock.advance(1)
    expect((await burst()).map((r) => r.statusCode)).toEqual(Array(10).fill(200))
    expect(pending).toHaveLength(2)
    pending[1]?.(true)
    await expect.poll(() => logs.join('')).toContain('could not record the use of an API key')
  })
})

describe('hushlink-admin keys usage', APP_TESTS, () => {
  it('refuses bad names, scopes and actions with exit code 2', async () => {
    const testApp = await buildTestApp()
    for (const argv of [
      ['keys'],
      ['keys', 'rotate'],
      ['keys', 'create', '--name', 'ci'],
      ['keys', 'create', '--name', 'ci', '--scope', 'root'],
      ['keys', 'create', '--name', 'has space', '--scope', 'create'],
      ['keys', 'revoke'],
    ]) {
      const run = await adminOn(testApp, argv)
      expect(run.code, argv.join(' ')).toBe(2)
      expect(run.err).toMatch(/usage: hushlink-admin keys/)
    }
    const unknown = await adminOn(testApp, ['keys', 'revoke', 'nobody'])
    expect(unknown.code).toBe(1)
  })
})
