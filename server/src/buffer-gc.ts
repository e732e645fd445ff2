import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Moving a file through the server allocates megabytes of buffers (socket
 * reads, request bodies, parts handed to the writer thread, chunk rows read
 * for a download) and almost no JavaScript objects. V8 frees dead buffers
 * only in a collection, which it starts when its heap fills or when buffers
 * have grown by 64 MiB since the last one: without a hint, each thread would
 * keep up to 64 MiB of dead buffers resident during a transfer. So after
 * every few MiB moved, the thread that moved them runs a young-generation
 * collection, which frees them in well under a millisecond.
 */
const EVERY_BYTES = 4 * 1024 * 1024

type Collect = (options: { readonly type: 'minor' }) => void

const collect = exposeCollector()
let released = 0

/** Reports `bytes` of buffers this thread no longer uses. */
export function buffersReleased(bytes: number): void {
  if (!collect) return
  released += bytes
  if (released < EVERY_BYTES) return
  released = 0
  collect({ type: 'minor' })
}

/** The `gc` function of a fresh context, without exposing it on this thread's global object. */
function exposeCollector(): Collect | null {
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    return typeof gc === 'function' ? (gc as Collect) : null
  } catch {
    return null
  }
}
