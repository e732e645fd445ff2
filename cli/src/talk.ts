import type { Progress } from '@hushlink/shared'
import { toCliError, type FailureContext } from './failure.js'
import type { Output } from './io.js'
import { progressLine } from './progress.js'
import { idleDeadline } from './server.js'

export interface Exchange {
  readonly context: FailureContext
  /** Seconds of silence before giving up. */
  readonly timeout: number
  /** Where a progress line is drawn, on a terminal only. */
  readonly stderr: Output
}

/** What an SDK call gets: a signal that fires on silence, and a progress callback. */
export interface Channel {
  readonly signal: AbortSignal
  readonly onProgress: (progress: Progress) => void
}

/**
 * One step against the server: an idle timeout that progress keeps pushing
 * back, a progress line for file transfers, and failures mapped to exit codes
 * with what the command knows.
 */
export async function talk<T>(
  exchange: Exchange,
  call: (channel: Channel) => Promise<T>,
): Promise<T> {
  const deadline = idleDeadline(exchange.timeout)
  const progress = progressLine(exchange.stderr)
  try {
    return await call({
      signal: deadline.signal,
      onProgress: (p) => {
        deadline.touch()
        progress.update(p)
      },
    })
  } catch (error) {
    throw toCliError(error, exchange.context)
  } finally {
    deadline.clear()
    await progress.end()
  }
}
