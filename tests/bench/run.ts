/**
 * `pnpm bench`: Hushlink's production build against a minimal reference
 * server on this machine, against itself on PostgreSQL (a fresh schema on
 * BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local default) and on
 * a database of 1,000,000 live secrets (runs alternating between all of
 * them), then the sweeper deleting those rows under load, then a file's round
 * trip and the web client's load time. Prints tables and writes
 * .bench/results-<date>.json. A benchmark, not a test: nothing here fails.
 *
 * Last, claims with a webhook endpoint that never answers against claims without.
 *
 *   pnpm bench            full run (median of 3 alternating runs, 1,000,000 rows)
 *   pnpm bench --quick    one round, shorter runs, 100,000 rows, a 32 MiB file
 *   options: --rounds N --duration S --rows N --skip-size --skip-postgres
 *            --server path/to/main.js
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { clientsLines, clientsTargets, measureClients } from './clients.js'
import { compareServers } from './compare.js'
import { deadEndpointLine, measureDeadEndpoint } from './dead-endpoint.js'
import { PERFORMANCE_DOC, writeLatestRun } from './docs.js'
import { BENCH_DIR, loadPool } from './pool.js'
import {
  checkTargets,
  comparisonTable,
  enginesTable,
  mediansOf,
  memoryTable,
  pairedRatio,
  sizeTable,
  sweepServerLine,
  sweepTable,
  targetsTable,
} from './report.js'
import { OPERATIONS } from './rounds.js'
import { benchPostgres } from '../support/postgres.js'
import { ceilingLine, measurePostgresCeiling, postgresTargets } from './postgres-ceiling.js'
import { prepareLargeDatabase } from './size.js'
import { removeDir } from './targets.js'
import { measureSweep, type SweepResult } from './sweep.js'
import { useServerBuild } from './targets.js'
import { CONNECTIONS } from './workloads.js'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    rows: { type: 'string' },
    'skip-size': { type: 'boolean', default: false },
    'skip-postgres': { type: 'boolean', default: false },
    server: { type: 'string' },
  },
})
if (values.server) useServerBuild(resolve(values.server))

const quick = values.quick
const plan = {
  rounds: Number(values.rounds ?? (quick ? 1 : 3)),
  /** Upper bound of one run, seconds; create and claim runs end early when their slice is used up. */
  duration: Number(values.duration ?? (quick ? 3 : 5)),
  rows: Number(values.rows ?? (quick ? 100_000 : 1_000_000)),
  /** Fresh secrets per round: more than a run can create in `duration` at the rates seen here. */
  slice: quick ? 10_000 : 20_000,
  warm: 2_000,
  /** Offered load while the sweeper works: steady, well below saturation, so stalls show. */
  sweepRate: 600,
  /** Cycles of load for the sweep: 200 per second, so these last 60 s (quick) and 300 s. */
  sweepEntries: quick ? 12_000 : 60_000,
  sweepInterval: 5,
  sweepMaxSeconds: quick ? 90 : 330,
  connections: CONNECTIONS,
  fileBytes: (quick ? 32 : 100) * 2 ** 20,
  webRuns: quick ? 4 : 10,
  /** Fresh secrets per round and server of the dead-endpoint comparison. */
  deadEndpointSlice: quick ? 3_000 : 10_000,
}

const build = {
  repositoryHead: gitCommit(),
  server: values.server ? resolve(values.server) : 'server/dist/main.js',
}

const machine = {
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: loadavg()[0] ?? 0,
}

/** Everything printed, also written into docs/performance.md at the end. */
const printed: string[] = []
const say = (text: string) => {
  printed.push(text)
  process.stdout.write(`${text}\n`)
}

say(`Hushlink benchmark — ${new Date().toISOString()}`)
say(`${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}`)
say(`repository at ${build.repositoryHead}, server ${build.server}`)
if (machine.loadAverageAtStart > 0.5) {
  say(`warning: load average is ${machine.loadAverageAtStart.toFixed(2)}; numbers will be noisy`)
}

const deadEndpointEntries = plan.rounds * 2 * plan.deadEndpointSlice
const pool = await loadPool(
  plan.warm + plan.rounds * plan.slice + plan.sweepEntries + deadEndpointEntries,
)
const warm = pool.slice(0, plan.warm)
const slices = Array.from({ length: plan.rounds }, (_, r) =>
  pool.slice(plan.warm + r * plan.slice, plan.warm + (r + 1) * plan.slice),
)
const sweepStart = plan.warm + plan.rounds * plan.slice
const sweepEntries = pool.slice(sweepStart, sweepStart + plan.sweepEntries)
const deadEndpointStart = sweepStart + plan.sweepEntries
const deadEndpointSlices = Array.from({ length: plan.rounds * 2 }, (_, i) =>
  pool.slice(
    deadEndpointStart + i * plan.deadEndpointSlice,
    deadEndpointStart + (i + 1) * plan.deadEndpointSlice,
  ),
)
const envelopeBytes = Buffer.from(
  (JSON.parse(warm[0]?.body ?? '{}') as { envelope?: string }).envelope ?? '',
  'base64url',
).length

const postgres = values['skip-postgres'] ? { skipped: '--skip-postgres' } : benchPostgres()
say(
  'skipped' in postgres
    ? `PostgreSQL skipped: ${postgres.skipped}`
    : `PostgreSQL: a fresh schema on ${postgres.url}`,
)
const withPostgres = 'skipped' in postgres ? null : postgres

const large = values['skip-size'] ? null : await prepareLarge()

say(
  `\n${large ? '2/4' : '1/2'} Hushlink vs reference on empty databases` +
    (withPostgres ? ', Hushlink on PostgreSQL' : '') +
    (large ? `, Hushlink with ${large.rows.toLocaleString('en')} live secrets` : '') +
    ` (${plan.rounds} rounds, runs alternating)`,
)
const comparison = await compareServers({
  rounds: plan.rounds,
  duration: plan.duration,
  warm,
  slices,
  postgres: withPostgres,
  largeDataDir: large?.dataDir ?? null,
}).catch((error: unknown) => {
  // The sweep deletes the large database when it is done; on failure, do it here.
  if (large) removeDir(large.dataDir)
  throw error
})

// Right after the runs on PostgreSQL, at the same concurrency: what the server itself sustains.
const ceiling = withPostgres
  ? measurePostgresCeiling(withPostgres.schema('ceiling'), {
      clients: plan.connections,
      seconds: plan.duration,
      runs: plan.rounds,
    })
  : null

let sweep: SweepResult | null = null
if (large) {
  say(`\n3/4 Sweeper deleting them under ${plan.sweepRate} req/s`)
  sweep = await measureSweep({
    dataDir: large.dataDir,
    entries: sweepEntries,
    rate: plan.sweepRate,
    interval: plan.sweepInterval,
    maxSeconds: plan.sweepMaxSeconds,
  })
}

say(`\n${large ? '4/4' : '2/2'} A file through the SDK, the web client in Chromium`)
const clients = await measureClients({ fileBytes: plan.fileBytes, webRuns: plan.webRuns })

say('\nClaims with a webhook endpoint that never answers, and without (runs alternating)')
const deadEndpoint = await measureDeadEndpoint({
  rounds: plan.rounds,
  duration: plan.duration,
  warm,
  slices: deadEndpointSlices,
})

const { hushlink, reference } = comparison.runs
const largeRuns = comparison.runs['hushlink-large']
const postgresRuns = comparison.runs['hushlink-postgres']
const ceilingMeasured = ceiling && !('skipped' in ceiling) ? ceiling : null
const targets = [
  ...checkTargets(comparison, large?.rows ?? null, sweep),
  ...(postgresRuns && ceilingMeasured ? postgresTargets(postgresRuns, ceilingMeasured) : []),
  ...clientsTargets(clients),
]
say(
  `\nThroughput and latency, ${plan.connections} connections, ~1 KiB text secret ` +
    `(${envelopeBytes}-byte envelope), median of ${plan.rounds}`,
)
if (hushlink && reference) say(comparisonTable(hushlink, reference))
say('* median over rounds of hushlink ÷ reference req/s, each pair measured back to back')
say(
  '** reference ÷ hushlink server CPU time per request (all threads): the throughput ratio ' +
    'if both were CPU-bound; it barely moves when other work shares the machine',
)
if (hushlink && postgresRuns) {
  say('\nEngines: Hushlink on SQLite and on PostgreSQL (empty), same build and settings')
  say(enginesTable(hushlink, postgresRuns))
  say(
    '* the Hushlink process only: PostgreSQL does part of the work in its own processes, ' +
      'not counted here',
  )
  say('** median over rounds of PostgreSQL ÷ SQLite req/s, each pair measured back to back')
  say(ceilingLine(postgresRuns, ceiling))
} else {
  say(`\nEngines: PostgreSQL skipped (${'skipped' in postgres ? postgres.skipped : 'no runs'})`)
}
if (large && hushlink && largeRuns) {
  say(`\nCost of size: ${large.rows.toLocaleString('en')} live secrets`)
  say(sizeTable(hushlink, largeRuns, large.rows))
  say('* median over rounds of the change against the empty database, measured back to back')
}
say('\nMemory (VmRSS / VmHWM from /proc)')
const labels = {
  hushlink: 'hushlink, empty',
  reference: 'reference, empty (incl. tsx)',
  'hushlink-postgres': 'hushlink, PostgreSQL',
  'hushlink-large': `hushlink, ${large?.rows ?? 0} rows`,
} as const
say(
  memoryTable(
    (Object.keys(labels) as (keyof typeof labels)[]).flatMap((name) => {
      const memory = comparison.memory[name]
      return memory ? [[labels[name], memory] as const] : []
    }),
  ),
)
if (sweep) {
  say(
    `\nSweep: ${sweep.expiredRows.toLocaleString('en')} expired rows, ` +
      (sweep.sweepSeconds === null
        ? 'did not finish in time'
        : `${sweep.deleted?.toLocaleString('en')} deleted in ${sweep.sweepSeconds.toFixed(1)} s`) +
      `, offered load ${sweep.rate} req/s (create → metadata → claim), ` +
      `peak RSS ${sweep.peakMb} MB, WAL up to ${sweep.walPeakMb} MB`,
  )
  say(sweepTable(sweep))
  say(sweepServerLine(sweep))
  say(
    `slowest: ${sweep.slowest
      .slice(0, 5)
      .map((e) => `${e.latency.toFixed(0)} ms at ${e.secondsAfterSweepStart.toFixed(1)} s`)
      .join(', ')} (from the sweep's start)`,
  )
}
say('\nFiles and the web client')
for (const line of clientsLines(clients)) say(line)
say('\nNotifications')
say(deadEndpointLine(deadEndpoint))
say('\nTargets')
say(targetsTable(targets))

const date = new Date().toISOString()
const file = join(BENCH_DIR, `results-${date.replace(/[:.]/g, '-')}.json`)
writeFileSync(
  file,
  JSON.stringify(
    {
      date,
      build,
      machine,
      plan,
      envelopeBytes,
      postgres: 'skipped' in postgres ? { skipped: postgres.skipped } : { url: postgres.url },
      large: large && { rows: large.rows, seedSeconds: large.seedSeconds },
      comparison,
      medians: Object.fromEntries(
        Object.entries(comparison.runs).map(([name, runs]) => [name, mediansOf(runs)]),
      ),
      ratios: hushlink &&
        reference && {
          vsReference: Object.fromEntries(
            OPERATIONS.map((op) => [op, pairedRatio(hushlink, reference, op)]),
          ),
          cpuVsReference: Object.fromEntries(
            OPERATIONS.map((op) => [op, pairedRatio(reference, hushlink, op, 'cpuUsPerRequest')]),
          ),
          postgresVsSqlite:
            postgresRuns &&
            Object.fromEntries(
              OPERATIONS.map((op) => [op, pairedRatio(postgresRuns, hushlink, op)]),
            ),
          largeVsEmpty:
            largeRuns &&
            Object.fromEntries(OPERATIONS.map((op) => [op, pairedRatio(largeRuns, hushlink, op)])),
        },
      postgresCeiling: ceiling,
      sweep,
      clients,
      deadEndpoint,
      targets,
    },
    null,
    2,
  ),
)
say(`\nwrote ${file}`)
const load = `load average ${machine.loadAverageAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end`
say(
  writeLatestRun(
    `\`pnpm bench${process.argv.slice(2).length > 0 ? ` ${process.argv.slice(2).join(' ')}` : ''}\`, ` +
      `${date}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ` +
      `${machine.platform}, at \`${build.repositoryHead}\`; ${load}.`,
    printed,
  )
    ? `wrote the report into ${PERFORMANCE_DOC}`
    : `${PERFORMANCE_DOC} has no bench:latest markers: not written`,
)

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

async function prepareLarge() {
  say(`\n1/4 Seeding ${plan.rows.toLocaleString('en')} live secrets`)
  const prepared = await prepareLargeDatabase(plan.rows, envelopeBytes)
  say(`  seeded in ${prepared.seedSeconds.toFixed(1)} s`)
  return prepared
}
