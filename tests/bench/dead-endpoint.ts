/**
 * Issue 16, acceptance 3: a webhook endpoint that never answers must not
 * delay claims. Two servers of the same build, one with such an endpoint
 * registered (every claim queues a delivery that hangs for its 10 s
 * timeout), one without; create then claim runs alternate between them and
 * the claim p99s are compared (target: within 10%).
 *
 * Part of `pnpm bench`; alone: `pnpm build && tsx tests/bench/dead-endpoint.ts [--quick]`.
 */
import { createServer, type Socket } from 'node:net'
import { parseArgs } from 'node:util'
import { loadPool, type PoolEntry } from './pool.js'
import { medianOf, Round, warmUp, type MeasuredRun } from './rounds.js'
import { removeDir, scratchDir, startHushlink, type Target } from './targets.js'
import { databaseFile } from '../support/server.js'
import { addWebhook } from '../support/webhook-receiver.js'

export interface DeadEndpointResult {
  readonly without: MeasuredRun
  readonly withDeadEndpoint: MeasuredRun
  /** Median claim p99 with the dead endpoint ÷ without. */
  readonly p99Ratio: number
}

export interface DeadEndpointPlan {
  readonly rounds: number
  readonly duration: number
  readonly warm: readonly PoolEntry[]
  /** Fresh secrets per round and server: each slice is used once. */
  readonly slices: readonly (readonly PoolEntry[])[]
}

export async function measureDeadEndpoint(plan: DeadEndpointPlan): Promise<DeadEndpointResult> {
  // Accepts connections and never answers: each delivery waits for its timeout.
  const sockets = new Set<Socket>()
  const dead = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve))
  const address = dead.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const dirs = [scratchDir('plain'), scratchDir('dead-endpoint')]
  const targets: Target[] = []
  try {
    const [plainDir = '', deadDir = ''] = dirs
    await addWebhook(`sqlite:${databaseFile(deadDir)}`, `http://127.0.0.1:${port}/hook`)
    targets.push(await startHushlink(plainDir))
    targets.push(
      await startHushlink(deadDir, { WEBHOOK_ALLOW_PRIVATE: 'true' }, 'hushlink-dead-endpoint'),
    )
    for (const target of targets) await warmUp(target, plan.warm)
    const claims: MeasuredRun[][] = targets.map(() => [])
    for (let r = 0; r < plan.rounds; r++) {
      for (const [i, target] of targets.entries()) {
        const slice = plan.slices[r * targets.length + i] ?? []
        const round = new Round(target, slice, plan.duration)
        await round.run('create')
        const stats = await round.run('claim')
        claims[i]?.push(stats)
        process.stdout.write(
          `  ${target.name.padEnd(22)} claim round ${r + 1}: ` +
            `${Math.round(stats.rps)} req/s, p99 ${stats.p99.toFixed(1)} ms\n`,
        )
      }
    }
    const without = medianOf(claims[0] ?? [])
    const withDeadEndpoint = medianOf(claims[1] ?? [])
    return {
      without,
      withDeadEndpoint,
      p99Ratio: without.p99 > 0 ? withDeadEndpoint.p99 / without.p99 : 0,
    }
  } finally {
    await Promise.all(targets.map((t) => t.stop()))
    for (const socket of sockets) socket.destroy()
    dead.close()
    for (const dir of dirs) removeDir(dir)
  }
}

export function deadEndpointLine(result: DeadEndpointResult): string {
  const { without, withDeadEndpoint, p99Ratio } = result
  return (
    `claim p99 ${withDeadEndpoint.p99.toFixed(1)} ms with an endpoint that never answers, ` +
    `${without.p99.toFixed(1)} ms without (×${p99Ratio.toFixed(2)}; target ≤ ×1.10); ` +
    `${Math.round(withDeadEndpoint.rps)} vs ${Math.round(without.rps)} req/s`
  )
}

// Run alone: a short comparison of its own.
if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } })
  const rounds = values.quick ? 1 : 3
  const slice = values.quick ? 3_000 : 10_000
  const pool = await loadPool(2_000 + rounds * 2 * slice)
  const result = await measureDeadEndpoint({
    rounds,
    duration: values.quick ? 3 : 5,
    warm: pool.slice(0, 2_000),
    slices: Array.from({ length: rounds * 2 }, (_, i) =>
      pool.slice(2_000 + i * slice, 2_000 + (i + 1) * slice),
    ),
  })
  process.stdout.write(`${deadEndpointLine(result)}\n`)
}
