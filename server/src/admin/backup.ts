import { resolve } from 'node:path'
import { backupDatabase } from '../ops/backup.js'
import { openReadOnly, sqliteFileOf } from '../ops/sqlite-file.js'
import { readStats } from '../ops/stats.js'
import { UsageError, type AdminCommand } from './command.js'
import { formatBytes } from './format.js'

const CAVEAT =
  'warning: this backup holds the ciphertext of every active secret. Restoring it makes secrets ' +
  'opened or burned after this moment readable again. Keep it short-lived, encrypted, and delete it ' +
  'once it is no longer needed.\n'

/** `backup <file>`: an online copy of the SQLite database, safe while the server runs. */
export const backupCommand: AdminCommand = {
  name: 'backup',
  usage: '<file>',
  summary: 'copy the SQLite database to a new file while the server runs',
  async run(args, { config, out, err, now }) {
    const [file, ...rest] = args
    if (file === undefined || rest.length > 0 || file.startsWith('-')) {
      throw new UsageError('backup takes exactly one argument: the file to write')
    }
    const target = resolve(file)
    const source = openReadOnly(sqliteFileOf(config().database))
    try {
      await backupDatabase(source, target)
    } finally {
      source.close()
    }
    const copy = openReadOnly(target)
    try {
      const stats = readStats(copy, target, now())
      out.write(
        `backup written to ${target} (${formatBytes(stats.file.bytes)}): ` +
          `${stats.secrets.active} active secrets, ${formatBytes(stats.payloads.bytes)} of ciphertext\n`,
      )
    } finally {
      copy.close()
    }
    err.write(CAVEAT)
    return 0
  },
}
