import { concatBytes } from '../encoding.js'
import { DecryptionError, ProtocolError } from '../errors.js'
import type { Sodium, StateAddress } from '../sodium.js'
import { HEADER_SIZE } from './header.js'
import { inspectEnvelope, type EnvelopeLayout } from './layout.js'
import { bodySize, decodeMetadata, type Metadata } from './metadata.js'
import { CHUNK_OVERHEAD, CHUNK_SIZE, paddedBodySize } from './padding.js'

export interface OpenOptions {
  /** At least the 84 header bytes; more may follow and is treated as the stream's start. */
  readonly prefix: Uint8Array
  readonly totalSize: number
  readonly id: Uint8Array
  readonly encKey: Uint8Array
}

/**
 * Decrypts an envelope fed in pieces of any size (a network stream), returning
 * body bytes as each chunk authenticates, with the padding stripped. Callers
 * must not treat the body as complete, or offer a file for saving, until
 * `end()` returns: only then is the final tag verified.
 */
export class EnvelopeOpener {
  readonly layout: EnvelopeLayout
  #meta: Metadata | null = null
  readonly #sodium: Sodium
  readonly #state: StateAddress
  #pending: Uint8Array[] = []
  #pendingLength = 0
  #consumed = HEADER_SIZE
  #streamPosition = 0
  #bodyLength = 0
  #final = false

  constructor(sodium: Sodium, options: OpenOptions) {
    this.#sodium = sodium
    this.layout = inspectEnvelope(options.prefix, options.totalSize, options.id)
    try {
      this.#state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
        this.layout.header.streamHeader,
        options.encKey,
      )
    } catch {
      throw new DecryptionError('decryption_failed', 'the stream header does not fit this key')
    }
    if (options.prefix.length > HEADER_SIZE)
      this.#pending.push(options.prefix.subarray(HEADER_SIZE))
    this.#pendingLength = options.prefix.length - HEADER_SIZE
  }

  /** Available once the first message has been decrypted. */
  get meta(): Metadata | null {
    return this.#meta
  }

  write(piece: Uint8Array): Uint8Array[] {
    if (piece.length > 0) {
      this.#pending.push(piece)
      this.#pendingLength += piece.length
    }
    return this.#drain()
  }

  /** Verifies that the stream ended exactly at the final tag. */
  end(): Metadata {
    const out = this.#drain()
    if (out.length > 0) throw new Error('unread body bytes at end of stream')
    if (this.#pendingLength > 0 || this.#consumed !== this.layout.totalSize) {
      throw new ProtocolError('truncated', 'envelope ended early')
    }
    if (!this.#final || !this.#meta)
      throw new ProtocolError('truncated', 'envelope has no final chunk')
    return this.#meta
  }

  #drain(): Uint8Array[] {
    const out: Uint8Array[] = []
    for (;;) {
      const need = this.#nextMessageSize()
      if (need === 0 || this.#pendingLength < need) return out
      const message = this.#take(need)
      const plain = this.#decrypt(message)
      if (!this.#meta) {
        this.#meta = this.#checkMeta(decodeMetadata(plain))
        this.#bodyLength = bodySize(this.#meta)
        continue
      }
      const body = this.#stripPadding(plain)
      if (body.length > 0) out.push(body)
    }
  }

  #nextMessageSize(): number {
    if (this.#final) {
      if (this.#pendingLength > 0)
        throw new ProtocolError('trailing_data', 'bytes after the final chunk')
      return 0
    }
    if (!this.#meta) return this.layout.header.metaSize + CHUNK_OVERHEAD
    const left = this.layout.totalSize - this.#consumed
    return Math.min(left, CHUNK_SIZE + CHUNK_OVERHEAD)
  }

  #take(size: number): Uint8Array {
    const all =
      this.#pending.length === 1 ? (this.#pending[0] as Uint8Array) : concatBytes(this.#pending)
    const message = all.subarray(0, size)
    const rest = all.subarray(size)
    this.#pending = rest.length > 0 ? [rest] : []
    this.#pendingLength = rest.length
    this.#consumed += size
    return message
  }

  #decrypt(message: Uint8Array): Uint8Array {
    const s = this.#sodium
    let result: { message: Uint8Array; tag: number } | false
    try {
      result = s.crypto_secretstream_xchacha20poly1305_pull(
        this.#state,
        message,
        this.layout.headerBytes,
      )
    } catch {
      result = false
    }
    if (!result) throw new DecryptionError('decryption_failed', 'wrong key or tampered envelope')
    const isMeta = this.#meta === null
    const isLast = this.#consumed === this.layout.totalSize
    const expected =
      isMeta || !isLast
        ? s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        : s.crypto_secretstream_xchacha20poly1305_TAG_FINAL
    if (result.tag !== expected) {
      throw new ProtocolError(isLast ? 'truncated' : 'trailing_data', 'chunk tags are out of order')
    }
    if (result.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL) this.#final = true
    return result.message
  }

  #checkMeta(meta: Metadata): Metadata {
    const kind = meta.files.length > 0 ? 'files' : 'text'
    if (kind !== this.layout.header.kind) {
      throw new ProtocolError('bad_metadata', 'metadata does not match the header kind')
    }
    if (paddedBodySize(bodySize(meta)) !== this.layout.paddedBodySize) {
      throw new ProtocolError('bad_length', 'body size does not match the envelope length')
    }
    return meta
  }

  /** Returns the body part of a chunk; everything after the body must be 0x80 then zeros. */
  #stripPadding(plain: Uint8Array): Uint8Array {
    const start = this.#streamPosition
    const body = plain.subarray(0, Math.max(0, Math.min(this.#bodyLength - start, plain.length)))
    for (let i = body.length; i < plain.length; i++) {
      const expected = start + i === this.#bodyLength ? 0x80 : 0
      if (plain[i] !== expected) throw new ProtocolError('bad_padding', 'padding is malformed')
    }
    this.#streamPosition += plain.length
    return body
  }
}
