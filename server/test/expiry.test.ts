import { expect, it } from 'vitest'
import { describeDialects } from './helpers/dialects.js'
import { APP_TESTS, buildTestApp } from './helpers/app.js'
import { claim, getMeta, receipt, storeSecret } from './helpers/secrets.js'

describeDialects('expiry: enforced on every read, sweeper or not', APP_TESTS, (dialect) => {
  it('answers 404 past expires_at with the sweeper stopped, then the sweeper removes the rows', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const secret = await storeSecret(app, { ttl: 600 })
    const keeper = await storeSecret(app, { ttl: 3600 })

    clock.advance(600_000 - 1)
    expect((await getMeta(app, secret.id)).statusCode).toBe(200)

    clock.advance(1)
    await app.sweeper.stop()
    expect((await getMeta(app, secret.id)).statusCode).toBe(404)
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(404)
    // The row is still there (the receipt says so) until the sweeper runs.
    const before = await receipt(app, 'status', secret.id, secret.receiptToken)
    expect(before.json()).toMatchObject({ state: 'expired' })

    expect(await app.sweeper.runOnce()).toBe(1)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).statusCode).toBe(404)
    expect((await claim(app, keeper.id, { access_token: keeper.accessToken })).statusCode).toBe(200)
  })

  it('cannot claim at the exact expiry instant', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const secret = await storeSecret(app, { ttl: 300, maxViews: 2 })
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(200)
    clock.advance(300_000)
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(404)
  })

  it('sweeps in batches until every expired row is gone, leaving live ones', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const expiring = await Promise.all(
      Array.from({ length: 30 }, () => storeSecret(app, { ttl: 300 })),
    )
    const live = await storeSecret(app, { ttl: 3600 })
    // Tombstones expire too: a viewed secret's row goes at its original expiry.
    await claim(app, expiring[0]!.id, { access_token: expiring[0]!.accessToken })
    clock.advance(301_000)
    expect(await app.sweeper.runOnce()).toBe(30)
    expect(await app.sweeper.runOnce()).toBe(0)
    expect((await getMeta(app, live.id)).statusCode).toBe(200)
  })
})
