import { destination } from 'pino'
import { buildApp } from './app.js'
import { ConfigError, describeConfig, loadConfig } from './config.js'

/** How long a graceful shutdown may take before the process gives up on it. */
const SHUTDOWN_GRACE_MS = 10_000

async function main(): Promise<void> {
  const config = loadConfig()
  // One line per request: written synchronously, that write was a tenth of the main
  // thread's busy time under load. Asynchronous, lines queued while one write is in
  // flight go out together in the next, off the event loop; pino flushes what is
  // queued when the process exits (a kill -9 loses at most the lines of that moment).
  const app = await buildApp(config, {
    logStream: destination({ dest: 1, sync: false }),
    // The serving process keeps no kysely: its schema is prepared on a start-up thread.
    prepareOn: 'thread',
  })
  app.log.info({ config: describeConfig(config) }, 'effective configuration')

  let closing = false
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return
    closing = true
    const started = Date.now()
    app.log.info({ signal }, 'shutting down')
    setTimeout(() => {
      app.log.error('shutdown took too long; exiting')
      process.exit(1)
    }, SHUTDOWN_GRACE_MS).unref()
    // close() stops accepting, lets in-flight requests finish, then runs the
    // onClose hooks: sweeper stop, queued writes, checkpoint, database close.
    app.close().then(
      () => {
        app.log.info({ ms: Date.now() - started }, 'shutdown complete')
        process.exit(0)
      },
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)

  await app.listen({ port: config.port, host: config.host })
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`hushlink: ${err.message}\n`)
  } else {
    process.stderr.write(
      `hushlink: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    )
  }
  process.exit(1)
})
