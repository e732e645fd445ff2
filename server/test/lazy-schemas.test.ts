import { describe, expect, it } from 'vitest'
import { APP_TESTS, useSharedApp } from './helpers/app.js'

/**
 * Route schemas compile on first use (src/plugins/lazy-schemas.ts), so a
 * schema that does not compile would only show on its route's first request:
 * this compiles every one, and checks validation still answers 400 through
 * the lazily compiled validators.
 */
describe('route schemas compiled on first use', APP_TESTS, () => {
  const shared = useSharedApp()

  it('every route schema of the app compiles', () => {
    expect(() => shared.current.app.compileAllSchemas()).not.toThrow()
  })

  it('a header and a body that do not match their schemas are refused with 400', async () => {
    const { app } = shared.current
    const badHeader = await app.inject({
      method: 'POST',
      url: '/api/v1/secrets',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'x'.repeat(300) },
      payload: '{}',
    })
    expect(badHeader.statusCode).toBe(400)
    expect(badHeader.json()).toMatchObject({ error: { code: 'bad_request' } })
    const badBody = await app.inject({
      method: 'POST',
      url: '/api/v1/secrets',
      headers: { 'content-type': 'application/json' },
      payload: '{"id": 5}',
    })
    expect(badBody.statusCode).toBe(400)
    expect(badBody.json()).toMatchObject({ error: { code: 'bad_request' } })
  })
})
