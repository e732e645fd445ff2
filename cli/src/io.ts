import type { Readable } from 'node:stream'

/** A place to write to: stdout or stderr, or a buffer in tests. */
export interface Output {
  readonly isTTY: boolean
  write(data: string | Uint8Array): Promise<void>
}

export type Input = Readable & { readonly isTTY?: boolean }

/** Everything a command touches besides files and the network, passed in so tests can supply it. */
export interface Io {
  readonly stdin: Input
  readonly stdout: Output
  readonly stderr: Output
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Wraps a process stream. A reader that goes away (`hushlink read … | head -c 3`,
 * EPIPE) is not worth a stack trace, and there is nowhere left to report it:
 * the rest of the output is dropped quietly.
 */
export function outputOf(stream: NodeJS.WriteStream): Output {
  let closed = false
  stream.on('error', () => {
    closed = true
  })
  return {
    isTTY: stream.isTTY === true,
    write(data) {
      if (closed) return Promise.resolve()
      return new Promise((resolve) => stream.write(data, () => resolve()))
    },
  }
}

export async function readAll(input: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks)
}
