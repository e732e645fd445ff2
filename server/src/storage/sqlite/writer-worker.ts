import { parentPort, workerData } from 'node:worker_threads'
import { buffersReleased } from '../../buffer-gc.js'
import { commitBatch } from '../commit/group-commit.js'
import { checkpoint, openConnection } from './connection.js'
import { createSqliteExecutor } from './executor.js'
import { roomGuard } from './reserve.js'
import { commitsAlone, partBytes } from '../writes/index.js'
import type { WireSettled, WriterData, WriterMessage, WriterRequest } from './writer-protocol.js'

/**
 * The SQLite writer thread. It owns the only connection that writes: every
 * batch the main thread sends is one transaction, and its COMMIT (with the
 * fsync synchronous=FULL demands) blocks this thread, never the one serving
 * requests. It loads no query builder: statements arrive compiled.
 */
if (!parentPort) throw new Error('the SQLite writer must run as a worker thread')
const port = parentPort
const { path, statements, room } = workerData as WriterData
const reply = (message: WriterMessage): void => port.postMessage(message)
const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const raw = openConnection(path, { maxBytes: room.maxBytes })
const db = createSqliteExecutor(raw)
const guard = roomGuard(raw, path, room)
let queue = Promise.resolve()

async function handle(request: WriterRequest): Promise<void> {
  try {
    switch (request.type) {
      case 'batch': {
        const settled = await commitBatch(db, statements, request.ops, { before: guard })
        // A sweep batch checkpoints its own pages at once: otherwise the automatic
        // checkpoint (every 1,000 pages) falls on whichever commit crosses the
        // mark, most often a request's, which then waits for the sweep's pages.
        if (request.ops.some(commitsAlone)) checkpoint(raw, 'PASSIVE')
        buffersReleased(partBytes(request.ops))
        const results: WireSettled[] = settled.map((s) =>
          s.ok ? s : { ok: false, error: describe(s.error) },
        )
        reply({ type: 'reply', seq: request.seq, results })
        return
      }
      case 'checkpoint':
        checkpoint(raw)
        break
      case 'ping':
        await db.rows(statements.ping, {})
        break
      case 'close':
        checkpoint(raw)
        raw.close()
        reply({ type: 'reply', seq: request.seq })
        port.close()
        return
    }
    reply({ type: 'reply', seq: request.seq })
  } catch (error) {
    reply({ type: 'reply', seq: request.seq, error: describe(error) })
  }
}

// One request at a time, in arrival order.
port.on('message', (request: WriterRequest) => {
  queue = queue.then(() => handle(request))
})
reply({ type: 'ready' })
