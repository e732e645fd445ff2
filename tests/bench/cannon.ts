import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'

/** One HTTP exchange as the load generator saw it. */
export interface Exchange {
  /** When the response arrived, ms since the run started. */
  readonly at: number
  /** Response time, ms (sub-millisecond resolution). */
  readonly latency: number
  readonly status: number
}

export interface RawRun {
  /** Wall-clock time the run started, ms since the epoch (to line up with server logs). */
  readonly startedAt: number
  readonly exchanges: readonly Exchange[]
  /** Connection errors and timeouts: requests that got no response. */
  readonly errors: number
  /** From the start to the last response, seconds. */
  readonly seconds: number
}

export interface FireOptions {
  readonly url: string
  readonly connections: number
  /** Upper bound on the run, seconds. */
  readonly duration: number
  readonly requests: autocannon.Request[]
  /** Stop after this many requests (a pool of one-use requests), if it comes first. */
  readonly maxRequests?: number
  /** Offered load in requests per second over all connections; unbounded when absent. */
  readonly rate?: number
  /** Lets a caller end the run early (e.g. when the sweep it observes is over). */
  readonly stopWhen?: (elapsedMs: number) => boolean
}

/**
 * Runs autocannon and records every response itself: autocannon's own
 * histogram has 1 ms resolution and no timestamps, and the sweep scenario
 * needs the latencies inside a time window.
 */
export async function fire(options: FireOptions): Promise<RawRun> {
  // autocannon reads a per-connection share of 0 as "no limit".
  if (options.maxRequests !== undefined && options.maxRequests < options.connections) {
    throw new Error(`only ${options.maxRequests} requests for ${options.connections} connections`)
  }
  const exchanges: Exchange[] = []
  let started = 0
  let startedAt = 0
  let finish: (result: autocannon.Result) => void = () => undefined
  let fail: (error: unknown) => void = () => undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const cannonOptions: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    requests: options.requests,
    timeout: 30,
    ...(options.maxRequests === undefined ? {} : { maxOverallRequests: options.maxRequests }),
    // autocannon's coordinated-omission correction assumes a 1 ms interval
    // whatever the rate; the exchanges below are the real response times.
    ...(options.rate === undefined
      ? {}
      : { overallRate: options.rate, ignoreCoordinatedOmission: true }),
  }
  const instance = autocannon(cannonOptions, (error: unknown, result: autocannon.Result) => {
    if (error) fail(error)
    else finish(result)
  })
  instance.on('start', () => {
    started = performance.now()
    startedAt = Date.now()
  })
  instance.on('response', (_client, status, _bytes, latency) => {
    exchanges.push({ at: performance.now() - started, latency, status })
  })
  let watcher: NodeJS.Timeout | undefined
  if (options.stopWhen) {
    const stopWhen = options.stopWhen
    watcher = setInterval(() => {
      if (stopWhen(performance.now() - started)) instance.stop()
    }, 100)
  }
  const result = await done
  clearInterval(watcher)
  const last = exchanges.at(-1)?.at ?? 0
  return { startedAt, exchanges, errors: result.errors, seconds: last / 1000 }
}

export interface RunStats {
  /** Successful (2xx) responses per second. */
  readonly rps: number
  readonly ok: number
  /** Non-2xx responses and requests without a response: should be zero. */
  readonly failed: number
  readonly p50: number
  readonly p99: number
  readonly max: number
  readonly seconds: number
}

export function summarize(run: RawRun, window?: { from: number; to: number }): RunStats {
  const inWindow = window
    ? run.exchanges.filter((e) => e.at >= window.from && e.at <= window.to)
    : run.exchanges
  const seconds = window ? (window.to - window.from) / 1000 : run.seconds
  const latencies = Float64Array.from(inWindow, (e) => e.latency).sort()
  const ok = inWindow.filter((e) => e.status >= 200 && e.status < 300).length
  return {
    rps: seconds > 0 ? ok / seconds : 0,
    ok,
    failed: inWindow.length - ok + (window ? 0 : run.errors),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    seconds,
  }
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
}
