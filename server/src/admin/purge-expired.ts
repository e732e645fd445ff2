import { openExistingStorage } from '../storage/index.js'
import { createSweeper } from '../sweeper.js'
import { parseFlags, type AdminCommand } from './command.js'

/** `purge-expired`: one sweeper pass now, through the same store the server uses. */
export const purgeExpiredCommand: AdminCommand = {
  name: 'purge-expired',
  usage: '',
  summary: 'delete every row past its expiry now (the sweeper pass)',
  async run(args, { config, out, err, now }) {
    parseFlags(args, [])
    // Purging a database that does not exist makes no sense: never create one.
    const store = await openExistingStorage(config().database)
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
