import type { SecretKeys } from '../crypto/keys.js'
import { ProtocolError } from '../errors.js'
import type { Sodium, StateAddress } from '../sodium.js'
import { encodeHeader, HEADER_SIZE, type KdfParams } from './header.js'
import { bodySize, encodeMetadata, type Metadata } from './metadata.js'
import { bodyCiphertextSize, CHUNK_OVERHEAD, CHUNK_SIZE, paddedBodySize } from './padding.js'

export interface SealOptions {
  readonly id: Uint8Array
  readonly keys: SecretKeys
  readonly meta: Metadata
  /** The salt and costs the passphrase was stretched with; null without a passphrase. */
  readonly kdf: KdfParams | null
  /** A fixed secretstream header, for known-answer vectors only; random otherwise. */
  readonly streamHeader?: Uint8Array
}

/**
 * Encrypts one envelope as a stream: `head` (header and metadata) first, then
 * body chunks from `push`, then `finish`. Memory stays at one 64 KiB chunk
 * whatever the body size, and `size` is known before the first body byte.
 */
export class EnvelopeSealer {
  readonly head: Uint8Array
  readonly size: number
  readonly #sodium: Sodium
  readonly #state: StateAddress
  readonly #ad: Uint8Array
  readonly #bodyLength: number
  readonly #paddedSize: number
  readonly #buffer = new Uint8Array(CHUNK_SIZE)
  #fill = 0
  #processed = 0
  #finished = false

  constructor(sodium: Sodium, options: SealOptions) {
    this.#sodium = sodium
    const { keys, meta } = options
    const metaBytes = encodeMetadata(meta)
    let streamHeader: Uint8Array
    let state: StateAddress
    if (options.streamHeader) {
      // A pull state initialised from a chosen header equals the push state
      // init_push would have made with it: that is how vectors are reproducible.
      streamHeader = options.streamHeader
      state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(streamHeader, keys.encKey)
    } else {
      const init = sodium.crypto_secretstream_xchacha20poly1305_init_push(keys.encKey)
      streamHeader = init.header
      state = init.state
    }
    this.#state = state
    this.#ad = encodeHeader({
      kind: meta.files.length > 0 ? 'files' : 'text',
      id: options.id,
      kdf: options.kdf,
      streamHeader,
      metaSize: metaBytes.length,
    })
    this.#bodyLength = bodySize(meta)
    this.#paddedSize = paddedBodySize(this.#bodyLength)
    const m0 = this.#encrypt(metaBytes, sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
    this.head = new Uint8Array(HEADER_SIZE + m0.length)
    this.head.set(this.#ad)
    this.head.set(m0, HEADER_SIZE)
    this.size = this.head.length + bodyCiphertextSize(this.#paddedSize)
    sodium.memzero(metaBytes)
  }

  /** Encrypts the next body bytes; returns the chunks completed by them. */
  push(plain: Uint8Array): Uint8Array[] {
    if (this.#finished) throw new ProtocolError('trailing_data', 'envelope is already finished')
    if (this.#processed + this.#fill + plain.length > this.#bodyLength) {
      throw new ProtocolError('bad_length', 'body is longer than its metadata says')
    }
    return this.#write(plain)
  }

  /** Pads the body, encrypts the final chunk(s) and wipes the key state. */
  finish(): Uint8Array[] {
    if (this.#finished) throw new ProtocolError('trailing_data', 'envelope is already finished')
    if (this.#processed + this.#fill !== this.#bodyLength) {
      throw new ProtocolError('bad_length', 'body is shorter than its metadata says')
    }
    const out = this.#write(Uint8Array.of(0x80))
    const zeros = new Uint8Array(Math.min(CHUNK_SIZE, this.#paddedSize))
    while (this.#processed + this.#fill < this.#paddedSize) {
      const need = this.#paddedSize - this.#processed - this.#fill
      out.push(...this.#write(zeros.subarray(0, Math.min(need, CHUNK_SIZE - this.#fill))))
    }
    this.#finished = true
    this.#sodium.memzero(this.#buffer)
    return out
  }

  #write(plain: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = []
    let offset = 0
    while (offset < plain.length) {
      const take = Math.min(CHUNK_SIZE - this.#fill, plain.length - offset)
      this.#buffer.set(plain.subarray(offset, offset + take), this.#fill)
      this.#fill += take
      offset += take
      const last = this.#processed + this.#fill === this.#paddedSize
      if (this.#fill === CHUNK_SIZE || last) {
        const tag = last
          ? this.#sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
          : this.#sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        out.push(this.#encrypt(this.#buffer.subarray(0, this.#fill), tag))
        this.#processed += this.#fill
        this.#fill = 0
      }
    }
    return out
  }

  #encrypt(plain: Uint8Array, tag: number): Uint8Array {
    const ct = this.#sodium.crypto_secretstream_xchacha20poly1305_push(
      this.#state,
      plain,
      this.#ad,
      tag,
    )
    if (ct.length !== plain.length + CHUNK_OVERHEAD)
      throw new Error('unexpected secretstream output')
    return ct
  }
}
