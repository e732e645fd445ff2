import { createHash, timingSafeEqual } from 'node:crypto'
import { TOKEN_BYTES } from '@hushlink/shared/format'
import { decodeFixed } from './wire.js'

/** SHA-256 of a 32-byte bearer token, the form in which the server stores it. */
export function digestToken(token: string, field: string): Buffer {
  return createHash('sha256')
    .update(decodeFixed(token, TOKEN_BYTES, field))
    .digest()
}

/**
 * Constant-time comparison of two 32-byte digests. Comparing digests rather
 * than tokens means any residual timing leak reveals bytes of a hash, not of
 * a credential.
 */
export function matchesVerifier(digest: Buffer, verifier: Uint8Array | null): boolean {
  if (verifier === null || verifier.length !== digest.length) return false
  return timingSafeEqual(digest, verifier)
}
