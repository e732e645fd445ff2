import { expect, it } from 'vitest'
import { describeDialects } from './helpers/dialects.js'
import { APP_TESTS, useSharedApp } from './helpers/app.js'
import { claim, getMeta, randomToken, receipt, storeSecret } from './helpers/secrets.js'

interface WrongPassphraseBody {
  readonly error: { readonly code: string; readonly message: string }
  readonly remaining: number
}

describeDialects('passphrase: a failure budget that a typo cannot burn', APP_TESTS, (dialect) => {
  const shared = useSharedApp({}, dialect)

  it('reports passphrase_required and counts down wrong passphrases without consuming', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app, { passphrase: 'open sesame', maxFailures: 3 })
    expect((await getMeta(app, secret.id)).json()).toMatchObject({ passphrase_required: true })

    const wrong = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: randomToken(),
    })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json<WrongPassphraseBody>()).toMatchObject({
      error: { code: 'wrong_passphrase' },
      remaining: 2,
    })
    const missing = await claim(app, secret.id, { access_token: secret.accessToken })
    expect(missing.statusCode).toBe(401)
    expect(missing.json<WrongPassphraseBody>().remaining).toBe(1)

    const right = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: secret.passToken!,
    })
    expect(right.statusCode).toBe(200)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'viewed',
      failures: 2,
    })
  })

  it('never spends the budget on a wrong access token', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app, { passphrase: 'open sesame', maxFailures: 1 })
    for (let i = 0; i < 5; i++) {
      const res = await claim(app, secret.id, {
        access_token: randomToken(),
        pass_token: randomToken(),
      })
      expect(res.statusCode).toBe(404)
    }
    const right = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: secret.passToken!,
    })
    expect(right.statusCode).toBe(200)
  })

  it('burns on the failure that reaches max_failures, then answers 404', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app, { passphrase: 'open sesame', maxFailures: 2 })
    const first = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: randomToken(),
    })
    expect(first.json<WrongPassphraseBody>().remaining).toBe(1)
    const last = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: randomToken(),
    })
    expect(last.statusCode).toBe(401)
    expect(last.json<WrongPassphraseBody>().remaining).toBe(0)
    const after = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: secret.passToken!,
    })
    expect(after.statusCode).toBe(404)
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'burned_failures',
      failures: 2,
    })
  })

  it('16 concurrent wrong guesses count exactly max_failures, then the secret is burned', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app, { passphrase: 'open sesame' })
    const results = await Promise.all(
      Array.from({ length: 16 }, () =>
        claim(app, secret.id, { access_token: secret.accessToken, pass_token: randomToken() }),
      ),
    )
    const unauthorised = results.filter((r) => r.statusCode === 401)
    expect(unauthorised).toHaveLength(5)
    expect(results.filter((r) => r.statusCode === 404)).toHaveLength(11)
    expect(unauthorised.map((r) => r.json<WrongPassphraseBody>().remaining).sort()).toEqual([
      0, 1, 2, 3, 4,
    ])
    expect((await receipt(app, 'status', secret.id, secret.receiptToken)).json()).toMatchObject({
      state: 'burned_failures',
      failures: 5,
    })
  })

  it('1 right + 15 wrong guesses with one attempt left: the right one wins or finds it burned, never both', async () => {
    const { app } = shared.current
    let wins = 0
    let burns = 0
    for (let round = 0; round < 12; round++) {
      const secret = await storeSecret(app, { passphrase: 'open sesame', maxFailures: 1 })
      const right = { access_token: secret.accessToken, pass_token: secret.passToken! }
      const wrong = { access_token: secret.accessToken, pass_token: randomToken() }
      // Vary where the right guess sits among the wrong ones.
      const bodies = Array.from({ length: 16 }, (_, i) => (i === round % 16 ? right : wrong))
      const results = await Promise.all(bodies.map((b) => claim(app, secret.id, b)))
      const rightResult = results[round % 16]!
      const others = results.filter((_, i) => i !== round % 16).map((r) => r.statusCode)
      const state = (await receipt(app, 'status', secret.id, secret.receiptToken)).json<{
        state: string
        failures: number
      }>()
      if (rightResult.statusCode === 200) {
        wins++
        expect(state).toMatchObject({ state: 'viewed', failures: 0 })
        expect(others.every((s) => s === 404)).toBe(true)
      } else {
        burns++
        expect(rightResult.statusCode).toBe(404)
        expect(state).toMatchObject({ state: 'burned_failures', failures: 1 })
        expect(others.filter((s) => s === 401)).toHaveLength(1)
      }
    }
    expect(wins + burns).toBe(12)
  })
})
