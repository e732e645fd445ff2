import type { Progress } from '@hushlink/shared'
import type { Output } from './io.js'

export interface ProgressLine {
  update(progress: Progress): void
  /** Clears the line, if one was drawn. */
  end(): Promise<void>
}

const INTERVAL_MS = 100

/** A one-line progress display on a terminal; nothing at all when stderr is a pipe or a file. */
export function progressLine(stderr: Output): ProgressLine {
  if (!stderr.isTTY) return { update: () => undefined, end: () => Promise.resolve() }
  let drawn = false
  let last = 0
  return {
    update(p) {
      const now = Date.now()
      if (now - last < INTERVAL_MS && p.done < p.total) return
      last = now
      drawn = true
      const percent = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 100
      void stderr.write(
        `\r${p.phase.padEnd(11)} ${String(percent).padStart(3)}%  ${size(p.done)} of ${size(p.total)}\u001b[K`,
      )
    },
    end: () => (drawn ? stderr.write('\r\u001b[K') : Promise.resolve()),
  }
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
