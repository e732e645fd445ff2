import { expect, it } from 'vitest'
import { describeDialects } from './helpers/dialects.js'
import { APP_TESTS, buildTestApp, useSharedApp } from './helpers/app.js'
import {
  claim,
  createSecret,
  getMeta,
  makeSecret,
  randomToken,
  receipt,
  storeSecret,
  without,
} from './helpers/secrets.js'

interface Status {
  readonly state: string
  readonly created_at: string
  readonly expires_at: string
  readonly max_views: number
  readonly views: number
  readonly claimed_at?: string
  readonly failures: number
}

describeDialects('receipts: the creator sees what happened', APP_TESTS, (dialect) => {
  const shared = useSharedApp({}, dialect)

  it('reports active, then viewed with the time of the view', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const createdAt = clock.now()
    const secret = await storeSecret(app, { ttl: 3600, maxViews: 2 })
    const active = await receipt(app, 'status', secret.id, secret.receiptToken)
    expect(active.statusCode).toBe(200)
    expect(active.json()).toEqual({
      state: 'active',
      created_at: new Date(createdAt).toISOString(),
      expires_at: new Date(createdAt + 3_600_000).toISOString(),
      max_views: 2,
      views: 0,
      failures: 0,
    })

    clock.advance(60_000)
    await claim(app, secret.id, { access_token: secret.accessToken })
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'active',
      views: 1,
      claimed_at: new Date(createdAt + 60_000).toISOString(),
    })
    clock.advance(60_000)
    await claim(app, secret.id, { access_token: secret.accessToken })
    const viewed = (await receipt(app, 'status', secret.id, secret.receiptToken)).json<Status>()
    expect(viewed).toMatchObject({ state: 'viewed', views: 2 })
    expect(viewed.claimed_at).toBe(new Date(createdAt + 120_000).toISOString())
  })

  it('burns before reading: the recipient gets 404, burning again is a no-op', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app)
    const burned = await receipt(app, 'burn', secret.id, secret.receiptToken)
    expect(burned.statusCode).toBe(204)
    expect(burned.body).toBe('')
    expect((await getMeta(app, secret.id)).statusCode).toBe(404)
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(404)
    expect((await receipt(app, 'burn', secret.id, secret.receiptToken)).statusCode).toBe(204)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'burned',
      views: 0,
    })
  })

  it('burning after the secret was read keeps the state viewed', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app)
    await claim(app, secret.id, { access_token: secret.accessToken })
    expect((await receipt(app, 'burn', secret.id, secret.receiptToken)).statusCode).toBe(204)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'viewed',
    })
  })

  it('reports expired after expiry, until the sweeper removes the row', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const secret = await storeSecret(app, { ttl: 300 })
    clock.advance(300_000)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'expired',
    })
    // Burning an expired secret changes nothing.
    expect((await receipt(app, 'burn', secret.id, secret.receiptToken)).statusCode).toBe(204)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'expired',
    })
    await app.sweeper.runOnce()
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).statusCode).toBe(404)
  })

  it('answers a wrong receipt token, an unknown id, or a secret without receipt with the same 404', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app)
    const noReceipt = await makeSecret()
    expect((await createSecret(app, without(noReceipt.body, 'receipt_verifier'))).statusCode).toBe(
      201,
    )
    const answers = [
      await receipt(app, 'status', secret.id, randomToken()),
      await receipt(app, 'burn', secret.id, randomToken()),
      await receipt(app, 'status', (await makeSecret()).id, secret.receiptToken),
      await receipt(app, 'status', noReceipt.id, noReceipt.receiptToken),
    ]
    for (const res of answers) {
      expect(res.statusCode).toBe(404)
      expect(res.body).toBe(answers[0]!.body)
    }
    // A wrong token burned nothing; the access token cannot act as a receipt token.
    expect((await receipt(app, 'status', secret.id, secret.accessToken)).statusCode).toBe(404)
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(200)
  })
})
