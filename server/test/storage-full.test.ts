import { describe, expect, it } from 'vitest'
import { buildTestApp } from './helpers/app.js'
import { claim, createSecret, makeSecret, receipt, storeSecret } from './helpers/secrets.js'

/** About 40 KB of text: a 1 MiB database holds a couple of dozen. */
const TEXT = 'x'.repeat(40_000)

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

  it('DATABASE_MAX_BYTES is validated and applies to SQLite only', async () => {
    await expect(buildTestApp({ DATABASE_MAX_BYTES: '1000' })).rejects.toThrow(
      /DATABASE_MAX_BYTES must be 0 or at least 1048576/,
    )
    await expect(
      buildTestApp({ DATABASE_URL: 'postgres://u@127.0.0.1:1/x', DATABASE_MAX_BYTES: '2000000' }),
    ).rejects.toThrow(/DATABASE_MAX_BYTES caps a SQLite file/)
  })
})
