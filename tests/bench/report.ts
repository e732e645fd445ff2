import type { RunStats } from './cannon.js'
import type { ComparisonResult, MemoryReport } from './compare.js'
import {
  medianOf,
  OPERATIONS,
  type MeasuredRun,
  type Operation,
  type OperationRuns,
} from './rounds.js'
import type { SweepResult } from './sweep.js'

export type Medians = Record<Operation, MeasuredRun>

export function mediansOf(runs: OperationRuns): Medians {
  return {
    create: medianOf(runs.create),
    metadata: medianOf(runs.metadata),
    claim: medianOf(runs.claim),
  }
}

/**
 * `a`'s throughput over `b`'s, per round (the runs of a round are back to
 * back, so drift on a shared machine hits both), then the median over rounds.
 */
export function pairedRatio(
  a: OperationRuns,
  b: OperationRuns,
  op: Operation,
  key: 'rps' | 'cpuUsPerRequest' = 'rps',
): number {
  const ratios = a[op]
    .map((run, i) => run[key] / (b[op][i]?.[key] ?? NaN))
    .filter((r) => Number.isFinite(r))
    .sort((x, y) => x - y)
  return ratios[Math.floor((ratios.length - 1) / 2)] ?? 0
}

export interface Target {
  readonly name: string
  readonly goal: string
  readonly measured: string
  readonly met: boolean
}

/** The targets, checked against what was measured. */
export function checkTargets(
  comparison: ComparisonResult,
  rows: number | null,
  sweep: SweepResult | null,
): Target[] {
  const { hushlink, reference } = comparison.runs
  const large = comparison.runs['hushlink-large']
  if (!hushlink || !reference) return []
  const ours = mediansOf(hushlink)
  const targets: Target[] = []
  for (const op of ['create', 'claim'] as const) {
    const ratio = pairedRatio(hushlink, reference, op)
    targets.push({
      name: `${op} throughput vs reference`,
      goal: '≥ 1.00×',
      measured: `${ratio.toFixed(2)}×`,
      met: ratio >= 1,
    })
  }
  for (const op of OPERATIONS) {
    targets.push({
      name: `${op} p99 at 50 connections`,
      goal: '≤ 15 ms',
      measured: `${ours[op].p99.toFixed(1)} ms`,
      met: ours[op].p99 <= 15,
    })
  }
  if (large && rows !== null) {
    for (const op of OPERATIONS) {
      const loss = 1 - pairedRatio(large, hushlink, op)
      targets.push({
        name: `${op} throughput loss at ${rows.toLocaleString('en')} rows`,
        goal: '≤ 15%',
        measured: `${(loss * 100).toFixed(1)}%`,
        met: loss <= 0.15,
      })
    }
  }
  if (sweep) {
    targets.push({
      name: 'slowest request during the sweep',
      goal: '≤ 100 ms',
      measured: sweep.during ? `${sweep.during.max.toFixed(1)} ms` : 'sweep did not finish',
      met: sweep.during !== null && sweep.during.max <= 100,
    })
  }
  const idle = comparison.memory.hushlink?.idleMb ?? Infinity
  targets.push({
    name: 'idle RSS',
    goal: '≤ 80 MB',
    measured: `${idle.toFixed(1)} MB`,
    met: idle <= 80,
  })
  return targets
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const n = (value: number) => Math.round(value).toLocaleString('en')
const ms = (value: number) => value.toFixed(1)

/** Two servers' medians side by side: req/s, p50, p99 and CPU per request each, then ratios. */
function sideBySide(
  left: { readonly label: string; readonly runs: OperationRuns; readonly cpuNote?: string },
  right: { readonly label: string; readonly runs: OperationRuns; readonly cpuNote?: string },
  ratios: readonly { readonly header: string; readonly of: (op: Operation) => number }[],
): string {
  const sides = [left, right].map((side) => ({ ...side, medians: mediansOf(side.runs) }))
  return table(
    [
      'operation',
      ...sides.flatMap((side) => [
        `${side.label} req/s`,
        'p50 ms',
        'p99 ms',
        `CPU µs/req${side.cpuNote ?? ''}`,
      ]),
      ...ratios.map((r) => r.header),
    ],
    OPERATIONS.map((op) => [
      op,
      ...sides.flatMap(({ medians }) => [
        n(medians[op].rps),
        ms(medians[op].p50),
        ms(medians[op].p99),
        n(medians[op].cpuUsPerRequest),
      ]),
      ...ratios.map((r) => `${r.of(op).toFixed(2)}×`),
    ]),
  )
}

export function comparisonTable(hushlink: OperationRuns, reference: OperationRuns): string {
  return sideBySide(
    { label: 'hushlink', runs: hushlink },
    { label: 'reference', runs: reference },
    [
      { header: 'ratio*', of: (op) => pairedRatio(hushlink, reference, op) },
      {
        header: 'CPU ratio**',
        of: (op) => pairedRatio(reference, hushlink, op, 'cpuUsPerRequest'),
      },
    ],
  )
}

/** Hushlink on SQLite and on PostgreSQL, side by side. */
export function enginesTable(sqlite: OperationRuns, postgres: OperationRuns): string {
  return sideBySide(
    { label: 'SQLite', runs: sqlite },
    { label: 'PostgreSQL', runs: postgres, cpuNote: '*' },
    [{ header: 'ratio**', of: (op) => pairedRatio(postgres, sqlite, op) }],
  )
}

export function sizeTable(hushlink: OperationRuns, large: OperationRuns, rows: number): string {
  const empty = mediansOf(hushlink)
  const big = mediansOf(large)
  const change = (key: 'rps' | 'cpuUsPerRequest', op: Operation) =>
    `${((pairedRatio(large, hushlink, op, key) - 1) * 100).toFixed(1)}%`
  return table(
    [
      'operation',
      'empty req/s',
      `${n(rows)} rows req/s`,
      'p50 ms',
      'p99 ms',
      'change*',
      'CPU µs/req empty',
      `${n(rows)} rows`,
      'change*',
    ],
    OPERATIONS.map((op) => [
      op,
      n(empty[op].rps),
      n(big[op].rps),
      ms(big[op].p50),
      ms(big[op].p99),
      change('rps', op),
      n(empty[op].cpuUsPerRequest),
      n(big[op].cpuUsPerRequest),
      change('cpuUsPerRequest', op),
    ]),
  )
}

export function memoryTable(rows: readonly (readonly [string, MemoryReport])[]): string {
  return table(
    ['process', 'idle MB', 'peak MB', 'after load MB'],
    rows.map(([name, m]) => [name, ms(m.idleMb), ms(m.peakMb), ms(m.afterMb)]),
  )
}

export function sweepServerLine(sweep: SweepResult): string {
  const s = sweep.serverDuring
  if (!s) return ''
  const routes = Object.entries(s.slowestByRoute)
    .map(([route, max]) => `${route} ${ms(max)}`)
    .join(', ')
  return `inside the server during the sweep (access log): p99 ${ms(s.p99)} ms, max ${ms(s.max)} ms (slowest per route: ${routes})`
}

export function sweepTable(sweep: SweepResult): string {
  const row = (label: string, s: RunStats | null) =>
    s
      ? [label, n(s.ok / Math.max(s.seconds, 1e-9)), ms(s.p50), ms(s.p99), ms(s.max), n(s.failed)]
      : [label, '-', '-', '-', '-', '-']
  return table(
    ['window', 'ok req/s', 'p50 ms', 'p99 ms', 'max ms', 'failed'],
    [row('before the sweep', sweep.before), row('during the sweep', sweep.during)],
  )
}

export function targetsTable(targets: readonly Target[]): string {
  return table(
    ['target', 'goal', 'measured', ''],
    targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'met' : 'MISSED']),
  )
}
