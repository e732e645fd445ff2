import { openReadOnly, sqliteFileOf } from '../ops/sqlite-file.js'
import { readStats, type DatabaseStats } from '../ops/stats.js'
import { parseFlags, type AdminCommand } from './command.js'
import { formatBytes } from './format.js'

/** `stats [--json]`: counts by state and sizes; aggregates only, never an id. */
export const statsCommand: AdminCommand = {
  name: 'stats',
  usage: '[--json]',
  summary: 'count secrets by state and show the bytes stored',
  run(args, { config, out, now }) {
    const json = parseFlags(args, ['--json']).has('--json')
    const path = sqliteFileOf(config().database)
    const db = openReadOnly(path)
    try {
      const stats = readStats(db, path, now())
      out.write(json ? `${JSON.stringify(stats)}\n` : describe(stats))
    } finally {
      db.close()
    }
    return Promise.resolve(0)
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
    ['database file', formatBytes(file.bytes)],
    ['write-ahead log', formatBytes(file.walBytes)],
    ['free space in file', formatBytes(file.freeBytes)],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}\n`).join('')
}
