/**
 * Issue 2, acceptance 8: kill -9 in the middle of a create load, restart on
 * the same data, and every create that was acknowledged with 201 is there and
 * decrypts to its text. (The server acknowledges only after its commit.)
 */
import { revealSecret } from '@hushlink/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { forEachConcurrent, statusOf } from '../support/load.js'
import { linkOf, makeSecrets, postSecret, type SecretFixture } from '../support/secrets.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'

const CREATORS = 32
let running: RunningServer[] = []
afterEach(async () => {
  await Promise.all(running.map((s) => s.stop()))
  running = []
})

describe('kill -9 during a create load', () => {
  it('keeps every acknowledged create, readable after restart', async () => {
    const secrets = await makeSecrets(1500, (i) => `create-crash ${i} ${'z'.repeat(i % 300)}`)
    const server = await startServer({ env: PERMISSIVE_LIMITS })
    running.push(server)

    const acked: SecretFixture[] = []
    const statuses: Record<string, number> = {}
    let killed = false
    let next = 0
    await Promise.all(
      Array.from({ length: CREATORS }, async () => {
        while (next < secrets.length) {
          const secret = secrets[next++] as SecretFixture
          const status = statusOf(await postSecret(server.url, secret))
          statuses[status] = (statuses[status] ?? 0) + 1
          if (status === '201') acked.push(secret)
          // Kill once a few hundred are in, while 32 more are in flight.
          if (acked.length >= 400 && !killed) {
            killed = true
            void server.kill()
          }
          if (status === 'no_answer') return
        }
      }),
    )
    await server.kill()

    // The kill really interrupted the load: requests were in flight, and some never started.
    expect(statuses.no_answer ?? 0).toBeGreaterThan(0)
    expect(next).toBeLessThan(secrets.length)
    expect(Object.keys(statuses).sort()).toEqual(['201', 'no_answer'])

    const restarted = await startServer({ dataDir: server.dataDir, env: PERMISSIVE_LIMITS })
    running.push(restarted)
    const lost: string[] = []
    await forEachConcurrent(acked, 16, async (secret) => {
      try {
        const revealed = await revealSecret({ link: linkOf(restarted.url, secret) })
        if (revealed.text !== secret.text) lost.push(`${secret.id}: wrong text`)
      } catch (error) {
        lost.push(`${secret.id}: ${String(error)}`)
      }
    })
    expect(lost).toEqual([])
    expect(acked.length).toBeGreaterThanOrEqual(400)
  })
})
