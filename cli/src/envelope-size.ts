import {
  bodyCiphertextSize,
  bodySize,
  CHUNK_OVERHEAD,
  encodeMetadata,
  HEADER_SIZE,
  paddedBodySize,
  type Metadata,
} from '@hushlink/shared'

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
