import type { RunStats } from './cannon.js'
import type { PoolEntry } from './pool.js'
import type { Target } from './targets.js'
import { claimLoad, CONNECTIONS, createLoad, metadataLoad } from './workloads.js'

export const OPERATIONS = ['create', 'metadata', 'claim'] as const
export type Operation = (typeof OPERATIONS)[number]

export interface MeasuredRun extends RunStats {
  /** Server CPU time (all threads, user + system) per successful request, µs. */
  readonly cpuUsPerRequest: number
}

export type OperationRuns = Record<Operation, MeasuredRun[]>

export function emptyRuns(): OperationRuns {
  return { create: [], metadata: [], claim: [] }
}

/**
 * One round on one target: create every entry (bounded by `duration`), read
 * the metadata of what was created, then claim each created secret once.
 * Stepwise, so a caller can alternate targets between steps.
 */
export class Round {
  #created: PoolEntry[] = []

  constructor(
    readonly target: Target,
    private readonly entries: readonly PoolEntry[],
    private readonly duration: number,
  ) {}

  /** The run's stats, with the server's CPU time per successful request. */
  async run(operation: Operation): Promise<MeasuredRun> {
    const before = this.target.cpuMs()
    const stats = await this.#run(operation)
    const cpuMs = this.target.cpuMs() - before
    return { ...stats, cpuUsPerRequest: stats.ok > 0 ? (cpuMs * 1000) / stats.ok : 0 }
  }

  async #run(operation: Operation): Promise<RunStats> {
    const url = this.target.server.url
    switch (operation) {
      case 'create': {
        const result = await createLoad(url, this.entries, this.duration)
        this.#created = result.created
        return result.stats
      }
      case 'metadata':
        if (this.#created.length < CONNECTIONS) return NOTHING_TO_DO
        return (await metadataLoad(url, this.#created, this.duration)).stats
      case 'claim':
        if (this.#created.length < CONNECTIONS) return NOTHING_TO_DO
        return (await claimLoad(url, this.#created, this.duration)).stats
    }
  }
}

/** When the create run acknowledged (almost) nothing, there is nothing to read or claim: a zero. */
const NOTHING_TO_DO: RunStats = { rps: 0, ok: 0, failed: 0, p50: 0, p99: 0, max: 0, seconds: 0 }

/** JIT and caches warm on every path before anything is measured; results are discarded. */
export async function warmUp(target: Target, entries: readonly PoolEntry[]): Promise<void> {
  const round = new Round(target, entries, 2)
  for (const operation of OPERATIONS) await round.run(operation)
}

/** Each metric's median over the runs (runs are few; an outlier does not drag it). */
export function medianOf(runs: readonly MeasuredRun[]): MeasuredRun {
  const pick = (key: keyof MeasuredRun): number => {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b)
    return values[Math.floor((values.length - 1) / 2)] ?? 0
  }
  return {
    rps: pick('rps'),
    ok: pick('ok'),
    failed: pick('failed'),
    p50: pick('p50'),
    p99: pick('p99'),
    max: pick('max'),
    seconds: pick('seconds'),
    cpuUsPerRequest: pick('cpuUsPerRequest'),
  }
}
