import type { MemoryUsage } from '../support/proc.js'
import type { PoolEntry } from './pool.js'
import { emptyRuns, OPERATIONS, Round, warmUp, type OperationRuns } from './rounds.js'
import { removeDir, scratchDir, startHushlink, startReference, type Target } from './targets.js'

export interface MemoryReport {
  /** Right after start-up, before any request. */
  readonly idleMb: number
  /** Peak during the whole scenario (VmHWM). */
  readonly peakMb: number
  /** Two seconds after the last run. */
  readonly afterMb: number
}

export interface ComparisonResult {
  readonly hushlink: OperationRuns
  readonly reference: OperationRuns
  readonly memory: { readonly hushlink: MemoryReport; readonly reference: MemoryReport }
}

export interface ComparisonPlan {
  readonly rounds: number
  readonly duration: number
  readonly warm: readonly PoolEntry[]
  /** One distinct slice of fresh secrets per round. */
  readonly slices: readonly (readonly PoolEntry[])[]
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Hushlink against the reference, both on empty databases, runs alternating
 * (hushlink, reference, hushlink, reference …) so drift on the machine hits
 * both alike.
 */
export async function compareWithReference(plan: ComparisonPlan): Promise<ComparisonResult> {
  const dirs = [scratchDir('hushlink'), scratchDir('reference')] as const
  const targets: Target[] = []
  try {
    const ours = await startHushlink(dirs[0])
    targets.push(ours)
    const reference = await startReference(dirs[1])
    targets.push(reference)
    await settle(1000)
    const idle = targets.map((t) => t.memory().rssMb)

    for (const target of targets) await warmUp(target, plan.warm)
    const runs = { hushlink: emptyRuns(), reference: emptyRuns() }
    for (let r = 0; r < plan.rounds; r++) {
      const slice = plan.slices[r] ?? []
      const rounds = targets.map((t) => new Round(t, slice, plan.duration))
      for (const operation of OPERATIONS) {
        for (const round of rounds) {
          const stats = await round.run(operation)
          runs[round.target.name][operation].push(stats)
          process.stdout.write(
            `  ${round.target.name.padEnd(9)} ${operation.padEnd(8)} round ${r + 1}: ` +
              `${Math.round(stats.rps)} req/s, p99 ${stats.p99.toFixed(1)} ms\n`,
          )
        }
      }
    }
    await settle(2000)
    const report = (i: number): MemoryReport => {
      const memory: MemoryUsage = (targets[i] as Target).memory()
      return { idleMb: idle[i] ?? 0, peakMb: memory.peakMb, afterMb: memory.rssMb }
    }
    return { ...runs, memory: { hushlink: report(0), reference: report(1) } }
  } finally {
    await Promise.all(targets.map((t) => t.stop()))
    for (const dir of dirs) removeDir(dir)
  }
}
