/**
 * Issue 7, acceptance 2 (and issue 2, acceptance 4 across processes): two
 * server processes on different ports share one SQLite file (WAL). Every
 * secret is claimed by 16 concurrent clients spread over both: exactly one
 * wins each single-view secret, exactly three each `max_views: 3` secret.
 * race-detector-control.test.ts shows the same detector catching a broken claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forEachConcurrent, raceClaims, raceViolations } from '../support/load.js'
import { makeSecrets, postSecret, type SecretFixture } from '../support/secrets.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'

let servers: RunningServer[] = []
beforeAll(async () => {
  const first = await startServer({ env: PERMISSIVE_LIMITS })
  servers = [first, await startServer({ dataDir: first.dataDir, env: PERMISSIVE_LIMITS })]
})
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
})

/** Creates through both processes alternately; every create must be acknowledged. */
async function createAll(secrets: readonly SecretFixture[]): Promise<void> {
  const statuses: number[] = []
  await forEachConcurrent(secrets, 16, async (secret, i) => {
    const outcome = await postSecret((servers[i % 2] as RunningServer).url, secret)
    statuses.push(outcome === 'no_answer' ? 0 : outcome.status)
  })
  expect(statuses.filter((s) => s !== 201)).toEqual([])
}

describe('two processes on one SQLite file', () => {
  it('1,000 single-view secrets × 16 clients over both: exactly one success each', async () => {
    const secrets = await makeSecrets(1000, (i) => `multi-process ${i}`)
    await createAll(secrets)

    const result = await raceClaims(
      servers.map((s) => s.url),
      secrets,
      16,
    )

    expect(raceViolations(result, 1)).toEqual({ over: 0, under: 0, totalWins: 1000 })
    expect(result.wrongContent).toBe(0)
    expect(result.statuses).toEqual({ '200': 1000, '404': 15_000 })
  })

  it('max_views 3 × 16 clients over both: exactly three successes each', async () => {
    const secrets = await makeSecrets(100, (i) => `three views ${i}`, { maxViews: 3 })
    await createAll(secrets)

    const result = await raceClaims(
      servers.map((s) => s.url),
      secrets,
      16,
    )

    expect(raceViolations(result, 3)).toEqual({ over: 0, under: 0, totalWins: 300 })
    expect(result.wrongContent).toBe(0)
    expect(result.statuses).toEqual({ '200': 300, '404': 1300 })
  })
})
