import { ProtocolError } from '../errors.js'

/** Plaintext bytes per secretstream message. */
export const CHUNK_SIZE = 65_536
/** Poly1305 tag plus the secretstream tag byte, added to every message. */
export const CHUNK_OVERHEAD = 17
/** Bodies shorter than this all look alike: typical passwords and API keys. */
export const MIN_PADDED_BODY = 1024
/** Metadata is padded to a multiple of this, so names and types do not leak their length. */
export const META_BLOCK = 512
export const MAX_META_SIZE = 65_536

/**
 * Padmé (PURBs, Nikitin et al. 2019): rounds up so that at most O(log log L)
 * bits of the length leak, with at most 12 % overhead. Integer arithmetic only
 * (bit lengths, not floating-point log2), as docs/protocol.md §4.3 defines it;
 * 0 and 1 are returned unchanged.
 */
export function padme(length: number): number {
  if (length < 2) return length
  const e = bitLength(length) - 1
  const s = bitLength(e)
  const unit = 2 ** (e - s)
  return Math.ceil(length / unit) * unit
}

/** The number of binary digits of a positive safe integer: ⌊log2 n⌋ + 1. */
function bitLength(n: number): number {
  return n.toString(2).length
}

/** Size of the padded body that holds `plainLength` bytes plus the 0x80 marker. */
export function paddedBodySize(plainLength: number): number {
  return Math.max(MIN_PADDED_BODY, padme(plainLength + 1))
}

export function isPaddedBodySize(size: number): boolean {
  return Number.isSafeInteger(size) && size >= MIN_PADDED_BODY && padme(size) === size
}

/** Padded metadata size for a JSON document of `jsonLength` bytes plus its 0x80 marker. */
export function paddedMetaSize(jsonLength: number): number {
  return Math.ceil((jsonLength + 1) / META_BLOCK) * META_BLOCK
}

export function chunkCount(paddedBody: number): number {
  return Math.ceil(paddedBody / CHUNK_SIZE)
}

/** Ciphertext length of the body stream: every chunk carries its own tag. */
export function bodyCiphertextSize(paddedBody: number): number {
  return paddedBody + CHUNK_OVERHEAD * chunkCount(paddedBody)
}

/**
 * Recovers the padded body size from a body ciphertext length, or throws if no
 * valid padded size produces that length. This is how the server checks that an
 * upload is really padded without being able to decrypt it.
 */
export function paddedBodyFromCiphertext(ciphertextLength: number): number {
  const chunks = Math.ceil(ciphertextLength / (CHUNK_SIZE + CHUNK_OVERHEAD))
  const padded = ciphertextLength - CHUNK_OVERHEAD * chunks
  if (chunks < 1 || chunkCount(padded) !== chunks || !isPaddedBodySize(padded)) {
    throw new ProtocolError('bad_length', 'envelope length is not a valid padded size')
  }
  return padded
}

/** ISO/IEC 7816-4 padding: the data, one 0x80 byte, then zeros up to `size`. */
export function pad(data: Uint8Array, size: number): Uint8Array {
  if (data.length + 1 > size)
    throw new ProtocolError('bad_padding', 'data does not fit its padded size')
  const out = new Uint8Array(size)
  out.set(data)
  out[data.length] = 0x80
  return out
}

/** Inverse of `pad`, strict: the marker must be followed by zeros only. */
export function unpad(padded: Uint8Array): Uint8Array {
  let i = padded.length - 1
  while (i >= 0 && padded[i] === 0) i--
  if (i < 0 || padded[i] !== 0x80)
    throw new ProtocolError('bad_padding', 'padding marker is missing')
  return padded.subarray(0, i)
}
