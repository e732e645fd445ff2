/**
 * Issue 7, acceptance 1: two server processes on different ports share one
 * PostgreSQL database (a fresh schema) and one Redis. 1,000 secrets, each
 * claimed by 16 concurrent clients spread over both:
 * exactly one success each; the passphrase failure budget holds across both; the rate limit is
 * one budget through Redis. (Acceptance 2, two processes on one SQLite file,
 * is tests/fault/multi-process.test.ts.)
 */
import { randomBytes, randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeBase64url, prepareSecret, sealContent } from '@hushlink/shared'
import { createSecrets, raceClaims, raceViolations } from '../support/load.js'
import {
  createPostgresSchema,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  type PostgresSchema,
} from '../support/postgres.js'
import type { FixtureOptions } from '../support/secrets.js'
import { startServer, type RunningServer } from '../support/server.js'

/** Low enough to hit in a few requests; the races send no reads. */
const READ_LIMIT = 20
/** Metadata reads of an id nobody created: 404s, counted against the read budget. */
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA'
/** 16,000 claims: PostgreSQL, both servers and the clients share the machine's CPU. */
const RACE_SECRETS = 1000

const title = 'two replicas on PostgreSQL and Redis'
const ready = TEST_DATABASE_URL !== undefined && TEST_REDIS_URL !== undefined

describe.skipIf(!ready)(`${title} (needs TEST_DATABASE_URL and TEST_REDIS_URL)`, () => {
  let schema: PostgresSchema | undefined
  let servers: RunningServer[] = []
  const urls = (): string[] => servers.map((s) => s.url)

  beforeAll(async () => {
    schema = createPostgresSchema(TEST_DATABASE_URL ?? '')
    const env = {
      DATABASE_URL: schema.url,
      REDIS_URL: TEST_REDIS_URL ?? '',
      RATE_LIMIT_CREATE: '1000000',
      RATE_LIMIT_CLAIM: '1000000',
      RATE_LIMIT_READ: String(READ_LIMIT),
      // The rate-limit test names its client address in X-Forwarded-For.
      TRUST_PROXY: '127.0.0.1',
      LOG_LEVEL: 'warn',
    }
    // Started together: both migrate the empty schema at once, and one waits for the other.
    servers = await Promise.all([startServer({ env }), startServer({ env })])
  })
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    schema?.drop()
  })

  /** Makes the secrets and creates them through both replicas alternately; all must be acknowledged. */
  async function createAll(
    count: number,
    text: (i: number) => string,
    options: FixtureOptions = {},
  ) {
    const { secrets, statuses } = await createSecrets(urls(), count, text, options)
    expect(statuses.filter((s) => s !== '201')).toEqual([])
    return secrets
  }

  it('1,000 single-view secrets × 16 clients over both: exactly one success each', async () => {
    const secrets = await createAll(RACE_SECRETS, (i) => `replica race ${i}`)
    const result = await raceClaims(urls(), secrets, 16)
    expect(raceViolations(result, 1)).toEqual({ over: 0, under: 0, totalWins: RACE_SECRETS })
    expect(result.wrongContent).toBe(0)
    expect(result.statuses).toEqual({ '200': RACE_SECRETS, '404': RACE_SECRETS * 15 })
  })

  it('max_views 3 × 16 clients over both: exactly three successes each', async () => {
    const secrets = await createAll(100, (i) => `three views ${i}`, { maxViews: 3 })
    const result = await raceClaims(urls(), secrets, 16)
    expect(raceViolations(result, 3)).toEqual({ over: 0, under: 0, totalWins: 300 })
    expect(result.statuses).toEqual({ '200': 300, '404': 1300 })
  })

  it('counts 16 wrong passphrases over both exactly max_failures times, then burns', async () => {
    for (let round = 0; round < 5; round++) {
      const prepared = await prepareSecret('open sesame', { ops: 2, memKib: 19_456 })
      const envelope = sealContent(prepared, { text: 'guarded', files: [] })
      const create = await fetch(`${urls()[round % 2] ?? ''}/api/v1/secrets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: prepared.id,
          envelope: encodeBase64url(envelope),
          ttl: 3600,
          max_failures: 5,
          ...prepared.verifiers,
        }),
      })
      expect(create.status).toBe(201)
      const accessToken = encodeBase64url(prepared.keys.accessToken)
      const guess = async (server: string, passToken: string) => {
        const res = await fetch(`${server}/api/v1/secrets/${prepared.id}/claim`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ access_token: accessToken, pass_token: passToken }),
        })
        const body = (await res.json()) as { remaining?: number }
        return { status: res.status, remaining: body.remaining }
      }
      const wrong = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          guess(urls()[i % 2] ?? '', randomBytes(32).toString('base64url')),
        ),
      )
      const unauthorised = wrong.filter((r) => r.status === 401)
      expect(unauthorised.map((r) => r.remaining).sort()).toEqual([0, 1, 2, 3, 4])
      expect(wrong.filter((r) => r.status === 404)).toHaveLength(11)
      const passToken = encodeBase64url(prepared.keys.passToken ?? new Uint8Array())
      for (const server of urls()) expect((await guess(server, passToken)).status).toBe(404)
    }
  })

  it('shares one rate limit through Redis: the budget is spent across both replicas', async () => {
    // An address of its own per run: Redis keeps counters for the whole minute.
    const client = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`
    const read = async (server: string) =>
      (
        await fetch(`${server}/api/v1/secrets/${UNKNOWN_ID}`, {
          headers: { 'x-forwarded-for': client },
        })
      ).status
    const statuses: number[] = []
    for (let i = 0; i < READ_LIMIT; i++) statuses.push(await read(urls()[i % 2] ?? ''))
    expect(statuses).toEqual(Array<number>(READ_LIMIT).fill(404))
    // Each replica alone has seen only half the budget; together they refuse.
    expect(await read(urls()[0] ?? '')).toBe(429)
    expect(await read(urls()[1] ?? '')).toBe(429)
  })
})
