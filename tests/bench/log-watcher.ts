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
  readonly lines: LogLine[] = []

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

  // Only lines that are not per-request access lines are kept: those are millions.
  #keep(text: string): void {
    if (text.includes('"msg":"request"')) return
    try {
      const line = JSON.parse(text) as LogLine
      if (typeof line.time === 'number' && typeof line.msg === 'string') this.lines.push(line)
    } catch {
      // not a JSON log line
    }
  }
}
