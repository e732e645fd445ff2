import { parentPort, workerData } from 'node:worker_threads'
import { sql } from 'kysely'
import { commitBatch } from './group-commit.js'
import { migrate, SQLITE_COLUMN_TYPES } from './migrate.js'
import { createWriterKysely, openConnection } from './sqlite-connection.js'
import type { WireSettled, WriterData, WriterMessage, WriterRequest } from './writer-protocol.js'

/**
 * The SQLite writer thread. It owns the only connection that writes: every
 * batch the main thread sends is one transaction, and its COMMIT (with the
 * fsync synchronous=FULL demands) blocks this thread, never the one serving
 * requests.
 */
if (!parentPort) throw new Error('the SQLite writer must run as a worker thread')
const port = parentPort
const { path } = workerData as WriterData
const reply = (message: WriterMessage): void => port.postMessage(message)
const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const db = createWriterKysely(openConnection(path))
let queue = Promise.resolve()

async function handle(request: WriterRequest): Promise<void> {
  try {
    switch (request.type) {
      case 'batch': {
        const settled = await commitBatch(db, request.ops)
        const results: WireSettled[] = settled.map((s) =>
          s.ok ? s : { ok: false, error: describe(s.error) },
        )
        reply({ type: 'reply', seq: request.seq, results })
        return
      }
      case 'checkpoint':
        await sql`pragma wal_checkpoint(truncate)`.execute(db)
        break
      case 'ping':
        await sql`select 1`.execute(db)
        break
      case 'close':
        await sql`pragma wal_checkpoint(truncate)`.execute(db)
        await db.destroy()
        reply({ type: 'reply', seq: request.seq })
        port.close()
        return
    }
    reply({ type: 'reply', seq: request.seq })
  } catch (error) {
    reply({ type: 'reply', seq: request.seq, error: describe(error) })
  }
}

migrate(db, SQLITE_COLUMN_TYPES).then(
  () => {
    // One request at a time, in arrival order.
    port.on('message', (request: WriterRequest) => {
      queue = queue.then(() => handle(request))
    })
    reply({ type: 'ready' })
  },
  (error: unknown) => {
    reply({ type: 'failed', error: describe(error) })
    port.close()
  },
)
