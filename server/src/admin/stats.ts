import { countByState, openExistingStorage, type SecretCounts } from '../storage/index.js'
import { parseFlags, type AdminCommand } from './command.js'
import { formatBytes } from './format.js'

/** Aggregates only: counts and sizes, never an id or anything per secret. */
interface DatabaseStats {
  readonly secrets: SecretCounts
  /** Stored ciphertexts, JSON-created and streamed (active secrets only: opened and burned ones have none). */
  readonly payloads: { readonly count: number; readonly bytes: number }
  /** Null where the engine keeps it to itself (PostgreSQL's WAL and free space). */
  readonly file: {
    readonly bytes: number
    readonly walBytes: number | null
    readonly freeBytes: number | null
  }
}

/**
 * `stats [--json]`: counts by state and sizes; aggregates only, never an id.
 * The same store statements as the admin API's stats, so both agree.
 */
export const statsCommand: AdminCommand = {
  name: 'stats',
  usage: '[--json]',
  summary: 'count secrets by state and show the bytes stored',
  async run(args, { config, out, now }) {
    const json = parseFlags(args, ['--json']).has('--json')
    const store = await openExistingStorage(config().database)
    try {
      const { rows, ciphertexts, bytes } = await store.stats(now())
      const stats: DatabaseStats = {
        secrets: countByState(rows),
        payloads: { count: ciphertexts, bytes },
        file: await store.footprint(),
      }
      out.write(json ? `${JSON.stringify(stats)}\n` : describe(stats))
    } finally {
      await store.close()
    }
    return 0
  },
}

function describe({ secrets, payloads, file }: DatabaseStats): string {
  const rows: [string, string][] = [
    ['active', String(secrets.active)],
    ['expired, awaiting sweep', String(secrets.expired)],
    ['viewed', String(secrets.viewed)],
    ['burned by creator', String(secrets.burned)],
    ['burned by failures', String(secrets.burnedByFailures)],
    ['ciphertexts stored', `${payloads.count} (${formatBytes(payloads.bytes)})`],
    ['database size', formatBytes(file.bytes)],
  ]
  if (file.walBytes !== null) rows.push(['write-ahead log', formatBytes(file.walBytes)])
  if (file.freeBytes !== null) rows.push(['free space in file', formatBytes(file.freeBytes)])
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}\n`).join('')
}
