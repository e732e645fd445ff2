import { ProtocolError } from './errors.js'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

/** A base64url string without padding (RFC 4648 §5), as used for every wire value. */
export const BASE64URL_PATTERN = '^[A-Za-z0-9_-]*$'

/** Length in characters of the unpadded base64url form of `bytes` bytes. */
export function base64urlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3)
}

export function encodeBase64url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    out +=
      ALPHABET.charAt(n >> 18) +
      ALPHABET.charAt((n >> 12) & 63) +
      ALPHABET.charAt((n >> 6) & 63) +
      ALPHABET.charAt(n & 63)
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = (bytes[i] as number) << 16
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63)
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8)
    out +=
      ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63)
  }
  return out
}

/**
 * Strict decoder: rejects padding, foreign characters, impossible lengths and
 * non-canonical trailing bits, so every byte string has exactly one spelling.
 */
export function decodeBase64url(text: string): Uint8Array {
  const len = text.length
  if (len % 4 === 1)
    throw new ProtocolError('bad_encoding', 'base64url text has an impossible length')
  const out = new Uint8Array(Math.floor((len * 3) / 4))
  let o = 0
  let acc = 0
  let bits = 0
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i)
    const v = c < 128 ? (LOOKUP[c] as number) : -1
    if (v < 0)
      throw new ProtocolError('bad_encoding', 'base64url text has a character outside the alphabet')
    acc = ((acc << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (acc >> bits) & 0xff
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) {
    throw new ProtocolError('bad_encoding', 'base64url text is not in canonical form')
  }
  return out
}

interface Utf8Encoder {
  encode(text: string): Uint8Array
}
interface Utf8Decoder {
  decode(bytes: Uint8Array): string
}
const textCodecs = globalThis as unknown as {
  TextEncoder: new () => Utf8Encoder
  TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder
}
const utf8Encoder = new textCodecs.TextEncoder()
// ignoreBOM keeps a leading U+FEFF: the recipient gets exactly the bytes that were sent.
const utf8Decoder = new textCodecs.TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function encodeUtf8(text: string): Uint8Array {
  return utf8Encoder.encode(text)
}

/** Fails on invalid UTF-8 instead of inventing replacement characters. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8Decoder.decode(bytes)
  } catch {
    throw new ProtocolError('bad_encoding', 'text is not valid UTF-8')
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0
  for (const p of parts) total += p.length
  const out = new Uint8Array(total)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
