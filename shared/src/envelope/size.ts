import { HEADER_SIZE } from './header.js'
import { bodySize, encodeMetadata, type Metadata } from './metadata.js'
import { bodyCiphertextSize, CHUNK_OVERHEAD, paddedBodySize } from './padding.js'

/**
 * Bytes of the envelope that sealing this content produces (docs/protocol.md
 * §4.4), known before reading any file, so a too-large secret is refused
 * before it is read, encrypted or uploaded. Throws ProtocolError on metadata
 * the format cannot carry (too many files, a name too long).
 */
export function envelopeSize(meta: Metadata): number {
  const metaSize = encodeMetadata(meta).length
  return (
    HEADER_SIZE + metaSize + CHUNK_OVERHEAD + bodyCiphertextSize(paddedBodySize(bodySize(meta)))
  )
}
