import { statSync } from 'node:fs'
import { Database } from '../support/deps.js'
import { databaseFile } from '../support/server.js'
import { summarize, type RunStats } from './cannon.js'
import { flushToDisk } from './seed.js'
import { LogWatcher } from './log-watcher.js'
import type { PoolEntry } from './pool.js'
import { removeDir, startHushlink } from './targets.js'
import { lifecycleLoad } from './workloads.js'

export interface SweepPlan {
  /** The large database of the comparison; it is deleted afterwards. */
  readonly dataDir: string
  readonly entries: readonly PoolEntry[]
  /** Offered load while the sweeper works, requests per second. */
  readonly rate: number
  /** Seconds from start-up to the first sweep (SWEEP_INTERVAL). */
  readonly interval: number
  readonly maxSeconds: number
}

export interface SweepResult {
  readonly expiredRows: number
  /** Rows the sweeper reported deleting; null if it did not finish in time. */
  readonly deleted: number | null
  readonly sweepSeconds: number | null
  readonly rate: number
  /** Latencies while the load ran before the first sweep started. */
  readonly before: RunStats
  /** Latencies of responses that arrived while the sweep ran. */
  readonly during: RunStats | null
  /**
   * The server's own time for the requests it finished during the sweep
   * (access log, from request received to response sent): what the sweep
   * cost inside the server, without the client's or the kernel's queueing.
   */
  readonly serverDuring: {
    readonly p99: number
    readonly max: number
    /** Slowest requests per route inside the server. */
    readonly slowestByRoute: Readonly<Record<string, number>>
  } | null
  readonly peakMb: number
  /** Largest size the write-ahead log reached during the run, MB. */
  readonly walPeakMb: number
  /** The ten slowest responses of the whole run, with when they arrived relative to the sweep. */
  readonly slowest: readonly { readonly secondsAfterSweepStart: number; readonly latency: number }[]
}

const SWEEP_DONE = 'sweeper removed expired secrets'
const LISTENING = /^Server listening at /

/**
 * Every row of the large database is made expired, the server
 * starts with a short SWEEP_INTERVAL, and a steady create → metadata → claim
 * load runs from before the first sweep until after it has finished. The
 * sweep's start is the server's listen time plus the interval (its timer
 * starts when the server is ready); its end is the sweeper's log line.
 */
export async function measureSweep(plan: SweepPlan): Promise<SweepResult> {
  const expiredRows = expireAll(databaseFile(plan.dataDir))
  process.stdout.write(
    `  ${expiredRows} rows expired; first sweep ${plan.interval} s after start\n`,
  )
  const target = await startHushlink(plan.dataDir, { SWEEP_INTERVAL: String(plan.interval) })
  try {
    const log = new LogWatcher(target.logFile ?? '')
    log.poll()
    const listening = log.find(LISTENING)
    if (!listening) throw new Error('no "Server listening" line in the server log')
    const sweepStart = listening.time + plan.interval * 1000

    let walPeak = 0
    const run = await lifecycleLoad(target.server.url, plan.entries, {
      rate: plan.rate,
      maxSeconds: plan.maxSeconds,
      stopWhen: () => {
        walPeak = Math.max(walPeak, sizeOf(`${databaseFile(plan.dataDir)}-wal`))
        log.poll()
        const done = log.find(SWEEP_DONE)
        return done !== undefined && Date.now() > done.time + 2000
      },
    })
    log.poll()
    const done = log.find(SWEEP_DONE)
    const at = (epoch: number) => epoch - run.startedAt
    if (at(sweepStart) <= 0) throw new Error('the load started after the sweep; raise the interval')
    return {
      expiredRows,
      deleted: typeof done?.deleted === 'number' ? done.deleted : null,
      sweepSeconds: done ? (done.time - sweepStart) / 1000 : null,
      rate: plan.rate,
      before: summarize(run, { from: 0, to: at(sweepStart) }),
      during: done ? summarize(run, { from: at(sweepStart), to: at(done.time) }) : null,
      serverDuring: done ? serverTimes(log, sweepStart, done.time) : null,
      peakMb: target.memory().peakMb,
      walPeakMb: Math.round(walPeak / 2 ** 20),
      slowest: [...run.exchanges]
        .sort((a, b) => b.latency - a.latency)
        .slice(0, 10)
        .map((e) => ({
          secondsAfterSweepStart: (e.at - at(sweepStart)) / 1000,
          latency: e.latency,
        })),
    }
  } finally {
    await target.stop()
    removeDir(plan.dataDir)
  }
}

function serverTimes(log: LogWatcher, from: number, to: number) {
  const inWindow = log.access.filter((a) => a.time >= from && a.time <= to)
  const ms = Float64Array.from(inWindow, (a) => a.ms).sort()
  if (ms.length === 0) return null
  const slowestByRoute: Record<string, number> = {}
  for (const a of inWindow) slowestByRoute[a.route] = Math.max(slowestByRoute[a.route] ?? 0, a.ms)
  return {
    p99: ms[Math.ceil(0.99 * ms.length) - 1] ?? 0,
    max: ms[ms.length - 1] ?? 0,
    slowestByRoute,
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/** Moves every row's expiry into the past, with the server stopped. */
function expireAll(file: string): number {
  const db = new Database(file)
  try {
    db.pragma('synchronous = OFF')
    return db.prepare('UPDATE secrets SET expires_at = ?').run(Date.now() - 1000).changes
  } finally {
    db.close()
    flushToDisk(file)
  }
}
