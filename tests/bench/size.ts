import { databaseFile } from '../support/server.js'
import type { MemoryReport } from './compare.js'
import type { PoolEntry } from './pool.js'
import { emptyRuns, OPERATIONS, Round, warmUp, type OperationRuns } from './rounds.js'
import { seedSecrets } from './seed.js'
import { removeDir, scratchDir, startHushlink } from './targets.js'

export interface SizePlan {
  readonly rows: number
  readonly rounds: number
  readonly duration: number
  readonly envelopeBytes: number
  readonly warm: readonly PoolEntry[]
  readonly slices: readonly (readonly PoolEntry[])[]
}

export interface SizeResult {
  readonly rows: number
  readonly seedSeconds: number
  readonly runs: OperationRuns
  readonly memory: MemoryReport
  /** Kept for the sweep scenario, which expires these rows. */
  readonly dataDir: string
}

const DAY = 86_400_000

/** The same rounds as the comparison, on a database already holding `rows` live secrets. */
export async function measureAtSize(plan: SizePlan): Promise<SizeResult> {
  const dataDir = scratchDir('size')
  try {
    return await seedAndMeasure(plan, dataDir)
  } catch (error) {
    removeDir(dataDir)
    throw error
  }
}

async function seedAndMeasure(plan: SizePlan, dataDir: string): Promise<SizeResult> {
  // The server creates its own schema; the seed then writes into exactly that.
  await (await startHushlink(dataDir)).stop()
  const seedStarted = Date.now()
  seedSecrets(databaseFile(dataDir), {
    rows: plan.rows,
    expiresAt: Date.now() + 6 * DAY,
    envelopeBytes: plan.envelopeBytes,
  })
  const seedSeconds = (Date.now() - seedStarted) / 1000
  process.stdout.write(`  seeded ${plan.rows} rows in ${seedSeconds.toFixed(1)} s\n`)

  const target = await startHushlink(dataDir)
  try {
    await new Promise((r) => setTimeout(r, 1000))
    const idleMb = target.memory().rssMb
    await warmUp(target, plan.warm)
    const runs = emptyRuns()
    for (let r = 0; r < plan.rounds; r++) {
      const round = new Round(target, plan.slices[r] ?? [], plan.duration)
      for (const operation of OPERATIONS) {
        const stats = await round.run(operation)
        runs[operation].push(stats)
        process.stdout.write(
          `  hushlink  ${operation.padEnd(8)} round ${r + 1}: ` +
            `${Math.round(stats.rps)} req/s, p99 ${stats.p99.toFixed(1)} ms\n`,
        )
      }
    }
    await new Promise((r) => setTimeout(r, 2000))
    const memory = target.memory()
    return {
      rows: plan.rows,
      seedSeconds,
      runs,
      memory: { idleMb, peakMb: memory.peakMb, afterMb: memory.rssMb },
      dataDir,
    }
  } finally {
    await target.stop()
  }
}
