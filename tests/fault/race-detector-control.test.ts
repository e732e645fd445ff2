/**
 * Control experiment for the single-read race detector used in
 * multi-process.test.ts: against a deliberately broken claim (read, then
 * delete) the same detector must see double reads, and against an atomic
 * `DELETE … RETURNING` none. Both run on two processes sharing one SQLite file,
 * the topology of the real test, so a clean result there means something.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { raceClaims, raceViolations } from '../support/load.js'
import { startReferenceServer } from '../support/reference.js'
import { makeSecrets, postSecret, type SecretFixture } from '../support/secrets.js'
import type { RunningServer } from '../support/server.js'

const SECRETS = 200

let running: RunningServer[] = []
afterEach(async () => {
  await Promise.all(running.map((s) => s.stop()))
  running = []
})

async function twoProcessesOnOneFile(mode: 'atomic' | 'broken'): Promise<RunningServer[]> {
  const first = await startReferenceServer({ mode })
  running.push(first)
  const second = await startReferenceServer({ mode, dataDir: first.dataDir })
  running.push(second)
  return [first, second]
}

async function seed(server: RunningServer, secrets: readonly SecretFixture[]): Promise<void> {
  for (const secret of secrets) {
    const outcome = await postSecret(server.url, secret)
    expect(outcome !== 'no_answer' && outcome.status).toBe(201)
  }
}

describe('the race detector (control experiment on the reference server)', () => {
  it('catches read-then-delete: some secrets are read more than once', async () => {
    const servers = await twoProcessesOnOneFile('broken')
    const secrets = await makeSecrets(SECRETS, (i) => `control ${i}`)
    await seed(servers[0] as RunningServer, secrets)

    const result = await raceClaims(
      servers.map((s) => s.url),
      secrets,
    )
    const { over, totalWins } = raceViolations(result, 1)

    expect(over).toBeGreaterThan(0)
    expect(totalWins).toBeGreaterThan(SECRETS)
  })

  it('passes an atomic DELETE … RETURNING: every secret is read exactly once', async () => {
    const servers = await twoProcessesOnOneFile('atomic')
    const secrets = await makeSecrets(SECRETS, (i) => `control ${i}`)
    await seed(servers[0] as RunningServer, secrets)

    const result = await raceClaims(
      servers.map((s) => s.url),
      secrets,
    )

    expect(raceViolations(result, 1)).toEqual({ over: 0, under: 0, totalWins: SECRETS })
    expect(result.wrongContent).toBe(0)
    expect(Object.keys(result.statuses).sort()).toEqual(['200', '404'])
  })
})
