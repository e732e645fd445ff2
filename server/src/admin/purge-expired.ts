import { openStorage } from '../storage/index.js'
import { sqliteFileOf } from '../ops/sqlite-file.js'
import { createSweeper } from '../sweeper.js'
import { parseFlags, type AdminCommand } from './command.js'
import { existsSync } from 'node:fs'
import { ConfigError } from '../config.js'

/** `purge-expired`: one sweeper pass now, through the same store the server uses. */
export const purgeExpiredCommand: AdminCommand = {
  name: 'purge-expired',
  usage: '',
  summary: 'delete every row past its expiry now (the sweeper pass)',
  async run(args, { config, out, err, now }) {
    parseFlags(args, [])
    const { database } = config()
    // Opening the store would create a missing database; purging one makes no sense.
    const path = sqliteFileOf(database)
    if (!existsSync(path)) throw new ConfigError(`no database at ${path}: check DATABASE_URL`)
    const store = await openStorage(database)
    try {
      const sweeper = createSweeper({
        store,
        clock: { now },
        intervalMs: 0,
        log: {
          info: () => undefined,
          error: (_details, message) => err.write(`${message}\n`),
        },
      })
      const deleted = await sweeper.runOnce()
      out.write(`deleted ${deleted} expired rows\n`)
    } finally {
      await store.close()
    }
    return 0
  },
}
