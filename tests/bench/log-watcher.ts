import { closeSync, openSync, readSync } from 'node:fs'

export interface LogLine {
  readonly time: number
  readonly msg: string
  readonly [field: string]: unknown
}

/** Reads a growing JSON-lines log incrementally and finds lines by message. */
export class LogWatcher {
  #offset = 0
  #partial = ''
  /** Every line but the per-request access lines. */
  readonly lines: LogLine[] = []
  /** From each access line: when the response finished, the server's own time for it (ms), the route. */
  readonly access: { readonly time: number; readonly ms: number; readonly route: string }[] = []

  constructor(private readonly file: string) {}

  /** Reads what was appended since the last call. */
  poll(): void {
    const fd = openSync(this.file, 'r')
    try {
      const buffer = Buffer.alloc(1 << 20)
      for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, this.#offset)
        if (read === 0) break
        this.#offset += read
        const text = this.#partial + buffer.toString('utf8', 0, read)
        const parts = text.split('\n')
        this.#partial = parts.pop() ?? ''
        for (const part of parts) this.#keep(part)
      }
    } finally {
      closeSync(fd)
    }
  }

  find(msg: string | RegExp): LogLine | undefined {
    return this.lines.find((l) => (typeof msg === 'string' ? l.msg === msg : msg.test(l.msg)))
  }

  #keep(text: string): void {
    try {
      const line = JSON.parse(text) as LogLine
      if (typeof line.time !== 'number' || typeof line.msg !== 'string') return
      // Access lines are many: only their two numbers are kept.
      if (line.msg === 'request' && typeof line.ms === 'number') {
        this.access.push({
          time: line.time,
          ms: line.ms,
          route: `${String(line.method)} ${String(line.route)}`,
        })
      } else {
        this.lines.push(line)
      }
    } catch {
      // not a JSON log line
    }
  }
}
