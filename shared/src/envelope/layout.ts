import { ProtocolError } from '../errors.js'
import { decodeHeader, HEADER_SIZE, type EnvelopeHeader } from './header.js'
import { CHUNK_OVERHEAD, paddedBodyFromCiphertext } from './padding.js'

/** What anyone can learn from an envelope without the key. */
export interface EnvelopeLayout {
  readonly header: EnvelopeHeader
  /** The 84 header bytes, bound as associated data into every message. */
  readonly headerBytes: Uint8Array
  readonly paddedBodySize: number
  readonly totalSize: number
}

/**
 * Validates the public structure of an envelope from its first bytes and its
 * total length: header fields, the id binding, and that the length is exactly
 * what a correctly padded body produces. Used by the server on upload and by
 * clients before they decrypt.
 */
export function inspectEnvelope(
  prefix: Uint8Array,
  totalSize: number,
  expectedId: Uint8Array,
): EnvelopeLayout {
  const header = decodeHeader(prefix)
  if (!sameBytes(header.id, expectedId)) {
    throw new ProtocolError('id_mismatch', 'envelope belongs to another secret id')
  }
  const bodyCiphertext = totalSize - HEADER_SIZE - header.metaSize - CHUNK_OVERHEAD
  const paddedBodySize = paddedBodyFromCiphertext(bodyCiphertext)
  return { header, headerBytes: prefix.slice(0, HEADER_SIZE), paddedBodySize, totalSize }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number)
  return diff === 0
}
