import type { PoolEntry } from './pool.js'
import { emptyRuns, OPERATIONS, Round, warmUp, type OperationRuns } from './rounds.js'
import {
  removeDir,
  scratchDir,
  startHushlink,
  startHushlinkPostgres,
  startReference,
  type PostgresSchemaEnv,
  type Target,
  type TargetName,
} from './targets.js'

export interface MemoryReport {
  /** Right after start-up, before any request. */
  readonly idleMb: number
  /** Peak during the whole scenario (VmHWM). */
  readonly peakMb: number
  /** Two seconds after the last run. */
  readonly afterMb: number
}

export interface ComparisonResult {
  readonly runs: Partial<Record<TargetName, OperationRuns>>
  readonly memory: Partial<Record<TargetName, MemoryReport>>
}

export interface ComparisonPlan {
  readonly rounds: number
  readonly duration: number
  readonly warm: readonly PoolEntry[]
  /** One distinct slice of fresh secrets per round. */
  readonly slices: readonly (readonly PoolEntry[])[]
  /** A PostgreSQL schema for Hushlink on PostgreSQL in the rotation, or null to leave it out. */
  readonly postgres: PostgresSchemaEnv | null
  /** A data directory already holding many live secrets, for one more server in the rotation. */
  readonly largeDataDir: string | null
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Hushlink and the reference on empty databases, Hushlink on an empty
 * PostgreSQL schema and on the large database when there are those, all
 * running at once. Each operation runs on every server in turn (hushlink,
 * reference, hushlink-postgres, hushlink-large, hushlink, …), so
 * drift on a shared machine hits all alike and every comparison is between
 * runs made back to back.
 */
export async function compareServers(plan: ComparisonPlan): Promise<ComparisonResult> {
  const dirs = [scratchDir('hushlink'), scratchDir('reference'), scratchDir('postgres')]
  const targets: Target[] = []
  try {
    targets.push(await startHushlink(dirs[0] ?? ''))
    targets.push(await startReference(dirs[1] ?? ''))
    if (plan.postgres) targets.push(await startHushlinkPostgres(dirs[2] ?? '', plan.postgres))
    if (plan.largeDataDir) {
      targets.push(await startHushlink(plan.largeDataDir, {}, 'hushlink-large'))
    }
    await settle(1000)
    const idle = targets.map((t) => t.memory().rssMb)

    for (const target of targets) await warmUp(target, plan.warm)
    const runs: Partial<Record<TargetName, OperationRuns>> = {}
    for (const target of targets) runs[target.name] = emptyRuns()
    for (let r = 0; r < plan.rounds; r++) {
      const slice = plan.slices[r] ?? []
      const rounds = targets.map((t) => new Round(t, slice, plan.duration))
      for (const operation of OPERATIONS) {
        for (const round of rounds) {
          const stats = await round.run(operation)
          runs[round.target.name]?.[operation].push(stats)
          process.stdout.write(
            `  ${round.target.name.padEnd(17)} ${operation.padEnd(8)} round ${r + 1}: ` +
              `${Math.round(stats.rps)} req/s, p99 ${stats.p99.toFixed(1)} ms\n`,
          )
        }
      }
    }
    await settle(2000)
    const memory: Partial<Record<TargetName, MemoryReport>> = {}
    targets.forEach((target, i) => {
      const now = target.memory()
      memory[target.name] = { idleMb: idle[i] ?? 0, peakMb: now.peakMb, afterMb: now.rssMb }
    })
    return { runs, memory }
  } finally {
    await Promise.all(targets.map((t) => t.stop()))
    for (const dir of dirs) removeDir(dir)
  }
}
