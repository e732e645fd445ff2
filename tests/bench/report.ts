import type { RunStats } from './cannon.js'
import type { ComparisonResult, MemoryReport } from './compare.js'
import { medianOf, OPERATIONS, type Operation, type OperationRuns } from './rounds.js'
import type { SizeResult } from './size.js'
import type { SweepResult } from './sweep.js'

export type Medians = Record<Operation, RunStats>

export function mediansOf(runs: OperationRuns): Medians {
  return {
    create: medianOf(runs.create),
    metadata: medianOf(runs.metadata),
    claim: medianOf(runs.claim),
  }
}

/**
 * Hushlink's throughput over the reference's, per round (the two runs of a
 * round are back to back, so drift on a shared machine hits both), then the
 * median over rounds.
 */
export function pairedRatio(comparison: ComparisonResult, op: Operation): number {
  const ratios = comparison.hushlink[op]
    .map((run, i) => run.rps / (comparison.reference[op][i]?.rps ?? NaN))
    .filter((r) => Number.isFinite(r))
    .sort((a, b) => a - b)
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
  size: SizeResult | null,
  sweep: SweepResult | null,
): Target[] {
  const ours = mediansOf(comparison.hushlink)
  const targets: Target[] = []
  for (const op of ['create', 'claim'] as const) {
    const ratio = pairedRatio(comparison, op)
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
  if (size) {
    const large = mediansOf(size.runs)
    for (const op of OPERATIONS) {
      const loss = 1 - large[op].rps / ours[op].rps
      targets.push({
        name: `${op} throughput loss at ${size.rows.toLocaleString('en')} rows`,
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
  targets.push({
    name: 'idle RSS',
    goal: '≤ 80 MB',
    measured: `${comparison.memory.hushlink.idleMb.toFixed(1)} MB`,
    met: comparison.memory.hushlink.idleMb <= 80,
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

export function comparisonTable(comparison: ComparisonResult): string {
  const ours = mediansOf(comparison.hushlink)
  const reference = mediansOf(comparison.reference)
  return table(
    [
      'operation',
      'hushlink req/s',
      'p50 ms',
      'p99 ms',
      'reference req/s',
      'p50 ms',
      'p99 ms',
      'ratio*',
    ],
    OPERATIONS.map((op) => [
      op,
      n(ours[op].rps),
      ms(ours[op].p50),
      ms(ours[op].p99),
      n(reference[op].rps),
      ms(reference[op].p50),
      ms(reference[op].p99),
      `${pairedRatio(comparison, op).toFixed(2)}×`,
    ]),
  )
}

export function sizeTable(comparison: ComparisonResult, size: SizeResult): string {
  const empty = mediansOf(comparison.hushlink)
  const large = mediansOf(size.runs)
  return table(
    ['operation', 'empty req/s', `${n(size.rows)} rows req/s`, 'p50 ms', 'p99 ms', 'change'],
    OPERATIONS.map((op) => [
      op,
      n(empty[op].rps),
      n(large[op].rps),
      ms(large[op].p50),
      ms(large[op].p99),
      `${(((large[op].rps - empty[op].rps) / empty[op].rps) * 100).toFixed(1)}%`,
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
  return s
    ? `inside the server during the sweep (access log): p99 ${ms(s.p99)} ms, max ${ms(s.max)} ms`
    : ''
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
