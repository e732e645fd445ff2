import { concatBytes, decodeUtf8 } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import type { FileInfo, Metadata } from '../envelope/metadata.js'

/** A file to send: bytes in memory, or a stream for large files (File.stream(), fs streams). */
export interface FileSource {
  readonly name: string
  readonly type: string
  readonly size: number
  readonly data: Uint8Array | (() => AsyncIterable<Uint8Array>)
}

/** Where a received file's bytes go. `close` is called only after the final tag verified. */
export interface FileSink {
  write(bytes: Uint8Array): void | Promise<void>
  close(): void | Promise<void>
  abort(reason: unknown): void | Promise<void>
}

export interface Progress {
  readonly phase: 'encrypting' | 'uploading' | 'downloading' | 'decrypting'
  /** Bytes done in this phase. */
  readonly done: number
  readonly total: number
}

export function metadataOf(text: Uint8Array, files: readonly FileSource[]): Metadata {
  return { text: text.length, files: files.map(({ name, type, size }) => ({ name, type, size })) }
}

/** Bytes in memory are handed on in pieces of this size, so progress moves while they are encrypted. */
const PIECE_BYTES = 1024 * 1024

function* piecesOf(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES)
}

/** The body in order: the message, then every file, checking each file's declared size. */
export async function* bodyPieces(
  text: Uint8Array,
  files: readonly FileSource[],
): AsyncGenerator<Uint8Array> {
  yield* piecesOf(text)
  for (const file of files) {
    if (file.data instanceof Uint8Array) {
      if (file.data.length !== file.size)
        throw new ProtocolError('bad_length', 'a file changed size while reading')
      yield* piecesOf(file.data)
      continue
    }
    let seen = 0
    for await (const piece of file.data()) {
      seen += piece.length
      if (seen > file.size)
        throw new ProtocolError('bad_length', 'a file changed size while reading')
      yield piece
    }
    if (seen !== file.size)
      throw new ProtocolError('bad_length', 'a file changed size while reading')
  }
}

/**
 * Splits decrypted body bytes into the message and the files, in order. Files
 * go to sinks that are closed only by `finish`, after the envelope verified.
 */
export class BodyRouter {
  readonly #meta: Metadata
  readonly #openSink: (info: FileInfo) => FileSink | Promise<FileSink>
  readonly #text: Uint8Array[] = []
  readonly #sinks: FileSink[] = []
  #textLeft: number
  #fileIndex = 0
  #fileLeft = 0

  constructor(meta: Metadata, openSink: (info: FileInfo) => FileSink | Promise<FileSink>) {
    this.#meta = meta
    this.#openSink = openSink
    this.#textLeft = meta.text
  }

  async write(bytes: Uint8Array): Promise<void> {
    let rest = bytes
    if (this.#textLeft > 0) {
      const take = Math.min(this.#textLeft, rest.length)
      this.#text.push(rest.slice(0, take))
      this.#textLeft -= take
      rest = rest.subarray(take)
    }
    while (rest.length > 0) {
      if (this.#fileLeft === 0) await this.#openNext()
      const sink = this.#sinks[this.#sinks.length - 1] as FileSink
      const take = Math.min(this.#fileLeft, rest.length)
      if (take > 0) await sink.write(rest.slice(0, take))
      this.#fileLeft -= take
      rest = rest.subarray(take)
    }
  }

  /** Call after the envelope's final tag verified. */
  async finish(): Promise<string> {
    while (this.#fileIndex < this.#meta.files.length) await this.#openNext()
    for (const sink of this.#sinks) await sink.close()
    return decodeUtf8(concatBytes(this.#text))
  }

  async abort(reason: unknown): Promise<void> {
    for (const sink of this.#sinks) await sink.abort(reason)
  }

  async #openNext(): Promise<void> {
    const info = this.#meta.files[this.#fileIndex]
    if (!info) throw new ProtocolError('bad_length', 'body is longer than its files')
    this.#fileIndex++
    this.#fileLeft = info.size
    this.#sinks.push(await this.#openSink(info))
  }
}

/** Keeps received files in memory. */
export function memorySink(onDone: (bytes: Uint8Array) => void): FileSink {
  const parts: Uint8Array[] = []
  return {
    write: (bytes) => void parts.push(bytes),
    close: () => onDone(concatBytes(parts)),
    abort: () => void (parts.length = 0),
  }
}
