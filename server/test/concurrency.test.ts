import { expect, it } from 'vitest'
import { describeDialects } from './helpers/dialects.js'
import { useSharedApp } from './helpers/app.js'
import { claim, createSecret, makeSecret, storeSecret } from './helpers/secrets.js'

// 3,400 in-process requests: a few seconds on an idle machine, more when the suite runs in parallel.
describeDialects('concurrency: views are counted atomically', { timeout: 30_000 }, (dialect) => {
  const shared = useSharedApp({}, dialect)

  it('200 secrets × 16 concurrent claimers: exactly 200 successes', async () => {
    const { app } = shared.current
    const secrets = await Promise.all(Array.from({ length: 200 }, () => makeSecret()))
    const created = await Promise.all(secrets.map((s) => createSecret(app, s.body)))
    expect(created.every((r) => r.statusCode === 201)).toBe(true)

    const claims = secrets.flatMap((s) =>
      Array.from({ length: 16 }, () => claim(app, s.id, { access_token: s.accessToken })),
    )
    const results = await Promise.all(claims)
    const statuses = results.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 200)).toHaveLength(200)
    expect(statuses.filter((s) => s === 404)).toHaveLength(200 * 15)
    // Exactly one winner per secret, not 200 wins spread unevenly.
    const winners = new Set(
      results.flatMap((r, i) => (r.statusCode === 200 ? [secrets[Math.floor(i / 16)]?.id] : [])),
    )
    expect(winners.size).toBe(200)
  })

  it('max_views 3 with 16 concurrent claimers: exactly 3 successes', async () => {
    const { app } = shared.current
    for (let round = 0; round < 5; round++) {
      const secret = await storeSecret(app, { maxViews: 3 })
      const results = await Promise.all(
        Array.from({ length: 16 }, () =>
          claim(app, secret.id, { access_token: secret.accessToken }),
        ),
      )
      const ok = results.filter((r) => r.statusCode === 200)
      expect(ok).toHaveLength(3)
      expect(ok.map((r) => r.json<{ views_left: number }>().views_left).sort()).toEqual([0, 1, 2])
    }
  })

  it('rejects one of two concurrent creates with the same id, and keeps the other', async () => {
    const { app } = shared.current
    const secret = await makeSecret()
    const results = await Promise.all(
      Array.from({ length: 8 }, () => createSecret(app, secret.body)),
    )
    expect(results.map((r) => r.statusCode).sort()).toEqual([
      201, 409, 409, 409, 409, 409, 409, 409,
    ])
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(200)
  })
})
