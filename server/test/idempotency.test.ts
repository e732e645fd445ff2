/**
 * `Idempotency-Key` on POST /api/v1/secrets (issue 6): a retry gets the first
 * answer and creates nothing, a reuse with another body gets 422, keys are
 * per API key, and concurrent identical requests create exactly one secret on
 * either engine.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { expect, it } from 'vitest'
import { APP_TESTS, buildTestApp, useSharedApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { issueKey } from './helpers/keys.js'
import { makeSecret, type TestSecret } from './helpers/secrets.js'
import { newSecret, openTestStore } from './storage/fixtures.js'
import { IDEMPOTENCY_RETENTION_MS, idempotencyClaim } from '../src/secrets/idempotency.js'
import { createSweeper } from '../src/sweeper.js'

const quietLog = { info: () => undefined, error: () => undefined }

function create(
  app: FastifyInstance,
  secret: TestSecret,
  key: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/secrets',
    payload: secret.body,
    headers: { 'idempotency-key': key, ...headers },
  })
}

async function activeCount(app: FastifyInstance, adminKey: string): Promise<number> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/admin/stats',
    headers: { 'x-api-key': adminKey },
  })
  return res.json<{ secrets: { active: number } }>().secrets.active
}

describeDialects('Idempotency-Key', APP_TESTS, (dialect) => {
  const shared = useSharedApp({}, dialect)

  it('replays the first 201 for the same key and body, and refuses another body with 422', async () => {
    const { app, clock } = shared.current
    const secret = await makeSecret()
    const first = await create(app, secret, 'order-1')
    expect(first.statusCode).toBe(201)
    expect(first.headers['idempotent-replayed']).toBeUndefined()

    clock.advance(5_000)
    const retry = await create(app, secret, 'order-1')
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    // The original answer, expiry included, not one computed now.
    expect(retry.json()).toEqual(first.json())

    const other = await makeSecret()
    const reused = await create(app, other, 'order-1')
    expect(reused.statusCode).toBe(422)
    expect(reused.json()).toEqual({
      error: {
        code: 'idempotency_key_reused',
        message:
          'This Idempotency-Key was used with a different request body in the last 24 hours.',
      },
    })
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/secrets/${other.id}` })).statusCode,
    ).toBe(404)
    // Without the key, the same body is an id collision as always.
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/secrets', payload: secret.body }))
        .statusCode,
    ).toBe(409)
  })

  it('replays a retry whose JSON has the same fields in another order', async () => {
    const { app } = shared.current
    const secret = await makeSecret()
    const first = await create(app, secret, 'reordered')
    expect(first.statusCode).toBe(201)
    const reversed = Object.fromEntries(Object.entries(secret.body).reverse())
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(secret.body))
    const retry = await app.inject({
      method: 'POST',
      url: '/api/v1/secrets',
      payload: reversed,
      headers: { 'idempotency-key': 'reordered' },
    })
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.json()).toEqual(first.json())
  })

  it('keeps each API key its own key space', async () => {
    const testApp = shared.current
    const { app } = testApp
    const a = await issueKey(testApp, 'tenant-a', 'create')
    const b = await issueKey(testApp, 'tenant-b', 'create')
    const first = await makeSecret()
    const second = await makeSecret()
    expect((await create(app, first, 'deploy', { 'x-api-key': a })).statusCode).toBe(201)
    // The same key string under another principal is a new request, not a reuse.
    const other = await create(app, second, 'deploy', { 'x-api-key': b })
    expect(other.statusCode).toBe(201)
    expect(other.headers['idempotent-replayed']).toBeUndefined()
    const anonymous = await create(app, await makeSecret(), 'deploy')
    expect(anonymous.statusCode).toBe(201)
    expect(anonymous.headers['idempotent-replayed']).toBeUndefined()
  })

  it('scopes keys sent without an API key to the client, so no one can see or block another', async () => {
    const { app } = shared.current
    const from = async (remoteAddress: string, secret: TestSecret) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/secrets',
        payload: secret.body,
        headers: { 'idempotency-key': 'order-1' },
        remoteAddress,
      })
    const first = await makeSecret()
    expect((await from('2001:db8:5:6::1', first)).statusCode).toBe(201)
    // Another client with the same key: a request of its own, neither a 422 nor a replay.
    for (const address of ['192.0.2.44', '2001:db8:5:7::1']) {
      const other = await from(address, await makeSecret())
      expect(other.statusCode, address).toBe(201)
      expect(other.headers['idempotent-replayed'], address).toBeUndefined()
    }
    // The same client (the rate limits' key: its IPv6 /64) keeps its key space.
    const retry = await from('2001:db8:5:6::99', first)
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect((await from('2001:db8:5:6::2', await makeSecret())).statusCode).toBe(422)
  })

  it('refuses a malformed key with 400', async () => {
    const { app } = shared.current
    for (const key of ['x'.repeat(256), 'has space', '']) {
      const res = await create(app, await makeSecret(), key)
      expect(res.statusCode, JSON.stringify(key)).toBe(400)
      expect(res.json<{ error: { code: string } }>().error.code).toBe('bad_request')
    }
  })

  it('creates exactly one secret for 10 concurrent identical requests', async () => {
    const testApp = await buildTestApp({}, dialect)
    const { app } = testApp
    const admin = await issueKey(testApp, 'ops', 'admin')
    const secret = await makeSecret()
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => create(app, secret, 'burst', { 'x-api-key': admin })),
    )
    expect(replies.map((r) => r.statusCode)).toEqual(Array(10).fill(201))
    expect(new Set(replies.map((r) => r.body)).size).toBe(1)
    expect(replies.filter((r) => r.headers['idempotent-replayed'] === undefined)).toHaveLength(1)
    expect(await activeCount(app, admin)).toBe(1)
  })

  it('forgets a key after 24 hours', async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    expect((await create(app, await makeSecret(), 'nightly')).statusCode).toBe(201)
    clock.advance(IDEMPOTENCY_RETENTION_MS - 1)
    expect((await create(app, await makeSecret(), 'nightly')).statusCode).toBe(422)
    clock.advance(1)
    // A new request under the old key: created, not refused, not replayed.
    const later = await create(app, await makeSecret(), 'nightly')
    expect(later.statusCode).toBe(201)
    expect(later.headers['idempotent-replayed']).toBeUndefined()
  })

  it('the sweeper deletes remembered answers once they are 24 hours old', async () => {
    const { store } = await openTestStore(dialect)
    const at = Date.UTC(2030, 0, 1)
    const secret = newSecret({ createdAt: at, expiresAt: at + 3_600_000 })
    const claim = idempotencyClaim(
      { principal: '', key: 'k' },
      secret.id,
      { id: secret.id, expires_at: '' },
      at,
    )
    expect(await store.insertOnce(secret, claim)).toEqual({ outcome: 'created' })
    const sweeper = (now: number) =>
      createSweeper({ store, clock: { now: () => now }, intervalMs: 0, log: quietLog })
    await sweeper(at + IDEMPOTENCY_RETENTION_MS - 1).runOnce()
    const held = await store.insertOnce(newSecret(), { ...claim, requestHash: Buffer.alloc(32) })
    expect(held.outcome).toBe('earlier')
    await sweeper(at + IDEMPOTENCY_RETENTION_MS).runOnce()
    // Gone: the key is free even for a claim that would not replace a stale row.
    const fresh = newSecret()
    expect(await store.insertOnce(fresh, { ...claim, staleBefore: 0 })).toEqual({
      outcome: 'created',
    })
  })

  it('a key whose create lost to a taken id can be used again', async () => {
    const { app } = shared.current
    const taken = await makeSecret()
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/secrets', payload: taken.body }))
        .statusCode,
    ).toBe(201)
    expect((await create(app, taken, 'retry-me')).statusCode).toBe(409)
    expect((await create(app, await makeSecret(), 'retry-me')).statusCode).toBe(201)
  })
})
