import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PostgresSchema } from '../support/postgres.js'
import { mediansOf, type Target } from './report.js'
import type { OperationRuns } from './rounds.js'
import { removeDir } from './targets.js'

/** What the PostgreSQL server itself sustains, as `pgbench -N` measures it. */
export interface PostgresCeiling {
  /** Transactions per second, median over runs. */
  readonly tps: number
  /** Median over runs of each run's 99th-percentile transaction latency, ms. */
  readonly p99: number
  readonly runs: readonly { readonly tps: number; readonly p99: number }[]
}

/**
 * The ceiling Hushlink on PostgreSQL is compared with: `pgbench -N` (per
 * transaction an UPDATE, a SELECT and an INSERT, committed with the server's
 * own fsync and synchronous_commit) from `clients` connections, on a schema of
 * its own on the same server and cores. Null with the reason when pgbench is
 * missing or fails.
 */
export function measurePostgresCeiling(
  schema: PostgresSchema,
  options: { readonly clients: number; readonly seconds: number; readonly runs: number },
): PostgresCeiling | { readonly skipped: string } {
  const logs = mkdtempSync(join(tmpdir(), 'hushlink-pgbench-'))
  // libpq reads '+' in a URI literally; URLSearchParams writes spaces that way.
  const url = schema.url.replaceAll('+', '%20')
  const pgbench = (args: readonly string[]) =>
    execFileSync('pgbench', [...args, url], {
      cwd: logs,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: (options.seconds + 60) * 1000,
    })
  try {
    pgbench(['--initialize', '--scale=1', '--quiet', '--no-vacuum'])
    const runs = Array.from({ length: options.runs }, (_, i) => {
      const prefix = `run${i}`
      const out = pgbench([
        '--skip-some-updates',
        '--no-vacuum',
        `--client=${options.clients}`,
        '--jobs=2',
        `--time=${options.seconds}`,
        '--log',
        `--log-prefix=${prefix}`,
      ])
      const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN)
      // Per-transaction log lines: client, transaction, latency in µs, …
      const latencies = readdirSync(logs)
        .filter((name) => name.startsWith(`${prefix}.`))
        .flatMap((name) => readFileSync(join(logs, name), 'utf8').trim().split('\n'))
        .map((line) => Number(line.split(' ')[2]) / 1000)
        .sort((a, b) => a - b)
      return { tps, p99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN }
    })
    return { tps: median(runs.map((r) => r.tps)), p99: median(runs.map((r) => r.p99)), runs }
  } catch (error) {
    const detail =
      (error as { stderr?: string }).stderr?.trim() ||
      (error instanceof Error ? error.message : String(error))
    return { skipped: `pgbench: ${detail.split('\n')[0] ?? ''}` }
  } finally {
    removeDir(logs)
    schema.drop()
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN
}

/** The operations compared with the ceiling: the two that write. */
const WRITES = ['create', 'claim'] as const

/** Hushlink on PostgreSQL ÷ the ceiling's transactions per second, per write. */
function ceilingRatios(postgres: OperationRuns, ceiling: PostgresCeiling) {
  const medians = mediansOf(postgres)
  return WRITES.map((op) => ({ op, ratio: medians[op].rps / ceiling.tps, p99: medians[op].p99 }))
}

export function ceilingLine(
  postgres: OperationRuns,
  ceiling: PostgresCeiling | { readonly skipped: string } | null,
): string {
  if (ceiling === null) return 'PostgreSQL ceiling: not measured'
  if ('skipped' in ceiling) return `PostgreSQL ceiling skipped: ${ceiling.skipped}`
  const ratios = ceilingRatios(postgres, ceiling)
    .map(({ op, ratio }) => `${op} ${ratio.toFixed(2)}×`)
    .join(', ')
  return (
    `PostgreSQL ceiling (pgbench -N, same server, same concurrency, median of ${ceiling.runs.length}): ` +
    `${Math.round(ceiling.tps).toLocaleString('en')} transactions/s, p99 ${ceiling.p99.toFixed(1)} ms; ` +
    `Hushlink on PostgreSQL ÷ ceiling: ${ratios}`
  )
}

/** The PostgreSQL targets: ≥ 0.6× the ceiling and p99 ≤ 50 ms for create and claim. */
export function postgresTargets(postgres: OperationRuns, ceiling: PostgresCeiling): Target[] {
  return ceilingRatios(postgres, ceiling).flatMap(({ op, ratio, p99 }) => [
    {
      name: `PostgreSQL ${op} vs pgbench -N`,
      goal: '≥ 0.60×',
      measured: `${ratio.toFixed(2)}×`,
      met: ratio >= 0.6,
    },
    {
      name: `PostgreSQL ${op} p99`,
      goal: '≤ 50 ms',
      measured: `${p99.toFixed(1)} ms`,
      met: p99 <= 50,
    },
  ])
}
