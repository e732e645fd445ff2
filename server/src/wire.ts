import { decodeBase64url, KIND } from '@hushlink/shared/format'
import type { SecretKind } from '@hushlink/shared/api'
import { badRequest } from './errors.js'

/** Same output as the shared encoder, done natively: envelopes can be megabytes. */
export function toBase64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url')
}

/**
 * Strictly decodes a base64url field that must hold exactly `length` bytes.
 * Schemas already check the alphabet and length; this is the last word.
 */
export function decodeFixed(text: string, length: number, field: string): Uint8Array {
  let bytes: Uint8Array
  try {
    bytes = decodeBase64url(text)
  } catch {
    throw badRequest(`${field} must be base64url`)
  }
  if (bytes.length !== length) throw badRequest(`${field} must encode ${length} bytes`)
  return bytes
}

/** ISO 8601 in UTC, as every timestamp on the wire. */
export function toIsoTime(ms: number): string {
  return new Date(ms).toISOString()
}

/** The envelope header's kind byte as the API names it. */
export function kindName(kind: number): SecretKind {
  return kind === KIND.files ? 'files' : 'text'
}
