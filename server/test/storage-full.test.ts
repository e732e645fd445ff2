import { answerRequest, createRequest, viewRequest } from '@hushlink/shared'
import type { FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { buildTestApp } from './helpers/app.js'
import { INJECT_BASE, injectFetch } from './helpers/requests.js'
import { runAdmin } from '../src/admin/run.js'
import {
  claim,
  createSecret,
  makeSecret,
  receipt,
  storeSecret,
  type SecretOptions,
  type TestSecret,
} from './helpers/secrets.js'

/** About 40 KB of text: a 1 MiB database holds a couple of dozen. */
const TEXT = 'x'.repeat(40_000)

/** Creates secrets until the database refuses one with 507; those it stored. */
async function fill(
  app: FastifyInstance,
  options: (i: number) => SecretOptions = () => ({}),
): Promise<TestSecret[]> {
  const stored: TestSecret[] = []
  for (let status = 201; status === 201;) {
    const secret = await makeSecret(options(stored.length))
    status = (await createSecret(app, secret.body)).statusCode
    if (status === 201) stored.push(secret)
    else expect(status).toBe(507)
    expect(stored.length).toBeLessThan(1000)
  }
  return stored
}

describe('a full database (issue 18.3)', () => {
  it('refuses creates with 507 while claims, burns and the sweeper work, and /ready says so', async () => {
    const testApp = await buildTestApp({ DATABASE_MAX_BYTES: String(1024 * 1024) })
    const { app, clock } = testApp
    const stored = [await storeSecret(app, { text: TEXT, ttl: 300 })]
    let refused: { statusCode: number; json(): unknown } | undefined
    for (let i = 0; i < 60 && refused === undefined; i++) {
      const secret = await makeSecret({ text: TEXT, ttl: 3600 })
      const res = await createSecret(app, secret.body)
      if (res.statusCode === 201) stored.push(secret)
      else refused = res
    }
    expect(refused?.statusCode).toBe(507)
    expect(refused?.json()).toMatchObject({
      error: { code: 'storage_full', message: expect.stringMatching(/can still be opened/) },
    })
    expect(stored.length).toBeGreaterThan(5)
    const ready = await app.inject({ method: 'GET', url: '/ready' })
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toEqual({ status: 'ready', storage: 'full' })

    // An old secret can still be read, another burned, while creates are refused.
    const [expiring, read, burned] = stored
    if (!expiring || !read || !burned) throw new Error('too few secrets stored')
    const opened = await claim(app, read.id, { access_token: read.accessToken })
    expect(opened.statusCode).toBe(200)
    expect(Buffer.from(opened.json<{ envelope: string }>().envelope, 'base64url')).toEqual(
      Buffer.from(read.envelope),
    )
    expect((await receipt(app, 'burn', burned.id, burned.receiptToken)).statusCode).toBe(204)
    clock.advance(301_000)
    expect(await app.sweeper.runOnce()).toBe(1)

    // The freed pages take new secrets again.
    expect((await createSecret(app, (await makeSecret({ text: TEXT })).body)).statusCode).toBe(201)
    expect((await app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({ status: 'ready' })
  }, 60_000)

  it('keeps room below DATABASE_MAX_BYTES for views, burns and the sweeper, which write rows too', async () => {
    // A webhook endpoint makes every view, burn and expiry write a delivery
    // row: the writes that free space need pages of their own.
    const testApp = await buildTestApp({ DATABASE_MAX_BYTES: String(1024 * 1024) })
    const { app, clock } = testApp
    const { database } = testApp.config
    if (database.kind !== 'sqlite') throw new Error('a SQLite test')
    const hook = await runAdmin(['webhooks', 'add', 'http://127.0.0.1:9/hushlink'], {
      env: { DATABASE_URL: `sqlite:${database.path}`, WEBHOOK_ALLOW_PRIVATE: 'true' },
      out: { write: () => undefined },
      err: { write: () => undefined },
    })
    expect(hook).toBe(0)
    const stored: TestSecret[] = []
    for (let status = 201; status === 201;) {
      const secret = await makeSecret({ maxViews: 5, ttl: stored.length < 20 ? 300 : 3600 })
      status = (await createSecret(app, secret.body)).statusCode
      if (status === 201) stored.push(secret)
      else expect(status).toBe(507)
      expect(stored.length).toBeLessThan(1000)
    }
    expect((await app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({
      status: 'ready',
      storage: 'full',
    })

    // Views that free nothing (views left) still get their delivery rows written.
    const statuses = new Map<number, number>()
    for (const secret of stored.slice(20, 140)) {
      const opened = await claim(app, secret.id, { access_token: secret.accessToken })
      statuses.set(opened.statusCode, (statuses.get(opened.statusCode) ?? 0) + 1)
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 120 })
    expect((await createSecret(app, (await makeSecret()).body)).statusCode).toBe(507)
    const burned = stored[150]
    if (!burned) throw new Error('too few secrets stored')
    expect((await receipt(app, 'burn', burned.id, burned.receiptToken)).statusCode).toBe(204)
    clock.advance(301_000)
    expect(await app.sweeper.runOnce()).toBe(20)
    expect((await app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({ status: 'ready' })
    expect((await createSecret(app, (await makeSecret()).body)).statusCode).toBe(201)
  }, 120_000)

  it('refuses answers to requests with 507 storage_full, not 500', async () => {
    const { app } = await buildTestApp({ DATABASE_MAX_BYTES: String(1024 * 1024) })
    const c = { server: INJECT_BASE, fetch: injectFetch(app) }
    const asked = await createRequest({ ...c, note: 'before the disk filled', ttl: 3600 })
    await fill(app)
    const full = { status: 507, code: 'storage_full' }
    await expect(
      answerRequest({ ...c, requestLink: asked.requestLink, text: 'an answer', ttl: 600 }),
    ).rejects.toMatchObject(full)
    // Nothing was counted: the request still takes its one answer once there is room.
    expect((await viewRequest({ ...c, requestLink: asked.requestLink })).maxAnswers).toBe(1)
  }, 120_000)

  it('DATABASE_MAX_BYTES is validated and applies to SQLite only', async () => {
    await expect(buildTestApp({ DATABASE_MAX_BYTES: '1000' })).rejects.toThrow(
      /DATABASE_MAX_BYTES must be 0 or at least 1048576/,
    )
    await expect(
      buildTestApp({ DATABASE_URL: 'postgres://u@127.0.0.1:1/x', DATABASE_MAX_BYTES: '2000000' }),
    ).rejects.toThrow(/DATABASE_MAX_BYTES caps a SQLite file/)
  })
})
