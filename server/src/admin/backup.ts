import { resolve } from 'node:path'
import { openExistingStorage } from '../storage/index.js'
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
  summary: 'copy the SQLite database to a new file while the server runs (PostgreSQL: pg_dump)',
  async run(args, { config, out, err, now }) {
    const [file, ...rest] = args
    if (file === undefined || rest.length > 0 || file.startsWith('-')) {
      throw new UsageError('backup takes exactly one argument: the file to write')
    }
    const target = resolve(file)
    const store = await openExistingStorage(config().database)
    try {
      const copy = await store.backup(target, now())
      out.write(
        `backup written to ${target} (${formatBytes(copy.bytes)}): ` +
          `${copy.active} active secrets, ${formatBytes(copy.ciphertextBytes)} of ciphertext\n`,
      )
    } finally {
      await store.close()
    }
    err.write(CAVEAT)
    return 0
  },
}
