/**
 * Issue 7, acceptance 2 (and issue 2, acceptance 4 across processes): two
 * server processes on different ports share one SQLite file (WAL). Every
 * secret is claimed by 16 concurrent clients spread over both: exactly one
 * wins each single-view secret, exactly three each `max_views: 3` secret.
 * race-detector-control.test.ts shows the same detector catching a broken claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSecrets, raceClaims, raceViolations } from '../support/load.js'
import type { FixtureOptions } from '../support/secrets.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'

let servers: RunningServer[] = []
beforeAll(async () => {
  const first = await startServer({ env: PERMISSIVE_LIMITS })
  servers = [first, await startServer({ dataDir: first.dataDir, env: PERMISSIVE_LIMITS })]
})
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
})

/** Makes the secrets and creates them through both processes alternately; all must be acknowledged. */
async function createAll(count: number, text: (i: number) => string, options: FixtureOptions = {}) {
  const { secrets, statuses } = await createSecrets(
    servers.map((s) => s.url),
    count,
    text,
    options,
  )
  expect(statuses.filter((s) => s !== '201')).toEqual([])
  return secrets
}

describe('two processes on one SQLite file', () => {
  it('1,000 single-view secrets × 16 clients over both: exactly one success each', async () => {
    const secrets = await createAll(1000, (i) => `multi-process ${i}`)

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
    const secrets = await createAll(100, (i) => `three views ${i}`, { maxViews: 3 })

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
