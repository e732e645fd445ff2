/**
 * Issue 8: graceful shutdown. SIGTERM in the middle of a create/claim load:
 * the server stops accepting, every request it had started completes, the
 * sweeper stops, the database is checkpointed and closed, and it exits 0.
 * After a restart on the same file every acknowledged create is there with
 * exactly the views the load did not use, and nothing the load was not told
 * about happened (a request processed without its answer would show here).
 */
import { existsSync, statSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  claimSecret,
  getSecretMeta,
  makeSecrets,
  postSecret,
  type Outcome,
  type SecretFixture,
} from '../support/secrets.js'
import { forEachConcurrent } from '../support/load.js'
import {
  databaseFile,
  PERMISSIVE_LIMITS,
  startServer,
  type RunningServer,
} from '../support/server.js'

const LANES = 16
const VIEWS = 2
/** Acknowledged creates before the signal: the load is well under way. */
const SIGNAL_AFTER = 300

let running: RunningServer[] = []
afterEach(async () => {
  await Promise.all(running.map((s) => s.kill()))
  running = []
})

interface Timed {
  readonly outcome: Outcome
  readonly start: number
  readonly end: number
}

async function timed(request: () => Promise<Outcome>): Promise<Timed> {
  const start = performance.now()
  const outcome = await request()
  return { outcome, start, end: performance.now() }
}

function succeeded({ outcome }: Timed): boolean {
  return outcome !== 'no_answer' && outcome.status >= 200 && outcome.status < 300
}

/** A refusal the client can act on: no answer at all, or the uniform 503 with Retry-After. */
function refused({ outcome }: Timed): boolean {
  if (outcome === 'no_answer') return true
  const code = (outcome.body as { error?: { code?: unknown } } | null)?.error?.code
  return outcome.status === 503 && code === 'unavailable'
}

describe('SIGTERM under load', () => {
  it('drains in-flight requests, checkpoints, exits 0, and loses nothing', async () => {
    const secrets = await makeSecrets(1500, (i) => `drain ${i}`, { maxViews: VIEWS })
    const server = await startServer({ env: { ...PERMISSIVE_LIMITS, SWEEP_INTERVAL: '1' } })
    running.push(server)

    const creates = new Map<SecretFixture, Timed>()
    const claims = new Map<SecretFixture, Timed>()
    let acked = 0
    let signalAt = Infinity
    const stopping: Promise<void>[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        while (next < secrets.length) {
          const secret = secrets[next++] as SecretFixture
          const created = await timed(() => postSecret(server.url, secret))
          creates.set(secret, created)
          if (!succeeded(created)) return
          if (++acked === SIGNAL_AFTER) {
            signalAt = performance.now()
            stopping.push(server.stop())
          }
          const claimed = await timed(() => claimSecret(server.url, secret))
          claims.set(secret, claimed)
          if (!succeeded(claimed)) return
        }
      }),
    )
    expect(stopping).toHaveLength(1)
    await Promise.all(stopping)
    const drainMs = performance.now() - signalAt

    // The process shut down by itself, cleanly, well inside its 10 s grace.
    expect(server.process.exitCode).toBe(0)
    expect(server.process.signalCode).toBeNull()
    expect(server.logs.some((l) => l.includes('"msg":"shutting down"'))).toBe(true)
    const complete = server.logs.find((l) => l.includes('"msg":"shutdown complete"'))
    expect(complete).toBeDefined()
    const closeMs = (JSON.parse(complete ?? '{}') as { ms?: number }).ms
    // Checkpointed and closed: no write-ahead log is left behind.
    const wal = `${databaseFile(server.dataDir)}-wal`
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0)

    // Every answer was a success or a clean refusal: no 500, no 4xx, no other 503.
    const all = [...creates.values(), ...claims.values()]
    const unexpected = all.filter((t) => !succeeded(t) && !refused(t)).map((t) => t.outcome)
    expect(unexpected).toEqual([])
    // The signal really came while requests were in flight, and they completed.
    const drained = all.filter((t) => t.start < signalAt && t.end > signalAt && succeeded(t))
    expect(drained.length).toBeGreaterThan(0)
    // The load was cut off: some requests were refused after the signal.
    expect(all.filter(refused).length).toBeGreaterThan(0)
    expect(next).toBeLessThan(secrets.length)

    const restarted = await startServer({ dataDir: server.dataDir, env: PERMISSIVE_LIMITS })
    running.push(restarted)
    const problems: string[] = []
    await forEachConcurrent([...creates], 16, async ([secret, created]) => {
      if (!succeeded(created)) {
        // A create refused during shutdown must not have been stored either.
        const meta = await getSecretMeta(restarted.url, secret)
        if (meta === 'no_answer' || meta.status !== 404) problems.push(`unacked create stored`)
        return
      }
      const claim = claims.get(secret)
      const usedByLoad = claim !== undefined && succeeded(claim) ? 1 : 0
      let left = 0
      for (let i = 0; i <= VIEWS; i++) {
        const outcome = await claimSecret(restarted.url, secret)
        if (outcome === 'no_answer' || outcome.status !== 200) break
        left++
      }
      if (usedByLoad + left !== VIEWS) {
        problems.push(`acked create: load used ${usedByLoad} views, ${left} left after restart`)
      }
    })
    expect(problems).toEqual([])

    console.log(
      `shutdown: ${acked} creates acknowledged, ${drained.length} requests in flight at SIGTERM ` +
        `completed, ${all.filter(refused).length} refused ` +
        `(${all.filter((t) => t.outcome !== 'no_answer' && t.outcome.status === 503).length} with 503); close took ${closeMs} ms, ` +
        `exit ${Math.round(drainMs)} ms after the signal`,
    )
    expect(drainMs).toBeLessThan(10_000)
  })

  it('prints the effective configuration at start-up, without secrets', async () => {
    const token = 'metrics-token-never-printed-4b1d'
    const server = await startServer({
      env: { METRICS: 'true', METRICS_TOKEN: token, PUBLIC_URL: 'https://secrets.example.com' },
    })
    running.push(server)
    await server.stop()
    expect(server.process.exitCode).toBe(0)
    const line = server.logs.find((l) => l.includes('"msg":"effective configuration"'))
    expect(line).toBeDefined()
    const { config } = JSON.parse(line ?? '{}') as { config: Record<string, unknown> }
    expect(config).toMatchObject({
      host: '127.0.0.1',
      publicUrl: 'https://secrets.example.com',
      database: `sqlite:${databaseFile(server.dataDir)}`,
      metrics: { enabled: true, port: null, token: '***' },
      rateLimit: { create: 60, claim: 30, read: 300 },
    })
    expect(server.logs.join('\n')).not.toContain(token)
  })
})
