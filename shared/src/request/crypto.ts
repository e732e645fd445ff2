import { concatBytes, decodeUtf8, encodeUtf8 } from '../encoding.js'
import { DecryptionError, ProtocolError } from '../errors.js'
import type { Sodium } from '../sodium.js'

/** 32-byte keys and tokens of a request (docs/protocol.md §8.2). */
export const REQUEST_KEY_BYTES = 32
/** An X25519 public or private key. */
export const BOX_KEY_BYTES = 32
/** crypto_box_seal of a 32-byte link key: ephemeral public key (32) + key (32) + MAC (16). */
export const SEALED_KEY_BYTES = 80
/** The note is padded to a multiple of this before encryption, so its length leaks only in steps. */
export const NOTE_BLOCK = 256
/** Most UTF-8 bytes a note may have (the padding byte must still fit). */
export const MAX_NOTE_BYTES = 1023
/** nonce (24) + MAC (16) around 1..4 blocks. */
export const NOTE_NONCE_BYTES = 24
const NOTE_MAC_BYTES = 16
export const MAX_NOTE_CIPHERTEXT_BYTES =
  NOTE_NONCE_BYTES + NOTE_MAC_BYTES + Math.ceil((MAX_NOTE_BYTES + 1) / NOTE_BLOCK) * NOTE_BLOCK

/** crypto_kdf contexts: exactly 8 bytes each, one per purpose (domain separation). */
const CTX_REQUEST = 'hlq1_req'
const CTX_NOTE = 'hlq1_not'
const CTX_INBOX = 'hlq1_inb'
/** WebAuthn PRF input and HKDF info of the passkey mode. */
const PRF_LABEL = encodeUtf8('hushlink/v1/request-prf')
const HKDF_INFO = encodeUtf8('hushlink/v1/request-key')

export interface RequestLinkKeys {
  /** Proves possession of the request link; its SHA-256 is the server's request verifier. */
  readonly requestToken: Uint8Array
  /** crypto_secretbox key of the note. */
  readonly noteKey: Uint8Array
}

/** From the request link's 32-byte key `K_req`: the request token and the note key. */
export function deriveRequestKeys(sodium: Sodium, requestKey: Uint8Array): RequestLinkKeys {
  checkLength(requestKey, REQUEST_KEY_BYTES, 'request key')
  return {
    requestToken: sodium.crypto_kdf_derive_from_key(32, 1, CTX_REQUEST, requestKey),
    noteKey: sodium.crypto_kdf_derive_from_key(32, 2, CTX_NOTE, requestKey),
  }
}

/** From the inbox link's 32-byte key `K_inbox`: the token that lists and closes the inbox. */
export function deriveInboxToken(sodium: Sodium, inboxKey: Uint8Array): Uint8Array {
  checkLength(inboxKey, REQUEST_KEY_BYTES, 'inbox key')
  return sodium.crypto_kdf_derive_from_key(32, 1, CTX_INBOX, inboxKey)
}

export interface BoxKeyPair {
  readonly publicKey: Uint8Array
  readonly privateKey: Uint8Array
}

/** The requester's X25519 key pair from a 32-byte seed (random, or derived from a passkey). */
export function keyPairFromSeed(sodium: Sodium, seed: Uint8Array): BoxKeyPair {
  checkLength(seed, 32, 'key seed')
  const pair = sodium.crypto_box_seed_keypair(seed)
  return { publicKey: pair.publicKey, privateKey: pair.privateKey }
}

/** The private key's public half, to check an inbox link or a passkey against a request link. */
export function publicKeyOf(sodium: Sodium, privateKey: Uint8Array): Uint8Array {
  checkLength(privateKey, BOX_KEY_BYTES, 'private key')
  return sodium.crypto_scalarmult_base(privateKey)
}

/** The WebAuthn PRF input (`eval.first`) for a request: a label and the request id. */
export function passkeyPrfInput(requestId: Uint8Array): Uint8Array {
  return concatBytes([PRF_LABEL, requestId])
}

/** The subset of WebCrypto used here, typed because shared builds without the DOM library. */
interface SubtleHkdf {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: 'HKDF',
    extractable: false,
    usages: ['deriveBits'],
  ): Promise<unknown>
  deriveBits(
    algorithm: { name: 'HKDF'; hash: 'SHA-256'; salt: Uint8Array; info: Uint8Array },
    key: unknown,
    length: number,
  ): Promise<ArrayBuffer>
}

/**
 * Passkey mode: the key seed is HKDF-SHA256 of the passkey's PRF output, salted
 * with the request id, so one passkey gives every request its own key pair.
 * WebCrypto's HKDF, present in browsers and Node alike.
 */
export async function seedFromPrf(
  prfOutput: Uint8Array,
  requestId: Uint8Array,
): Promise<Uint8Array> {
  checkLength(prfOutput, 32, 'PRF output')
  const subtle = (globalThis as unknown as { crypto: { subtle: SubtleHkdf } }).crypto.subtle
  const key = await subtle.importKey('raw', prfOutput, 'HKDF', false, ['deriveBits'])
  const bits = await subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: requestId, info: HKDF_INFO },
    key,
    256,
  )
  return new Uint8Array(bits)
}

/**
 * Encrypts the note: UTF-8, padded (0x80 then zeros) to a multiple of 256
 * bytes, crypto_secretbox with a random nonce; `nonce ‖ ciphertext`.
 */
export function sealNote(
  sodium: Sodium,
  noteKey: Uint8Array,
  note: string,
  nonce: Uint8Array = sodium.randombytes_buf(NOTE_NONCE_BYTES),
): Uint8Array {
  const text = encodeUtf8(note)
  if (text.length > MAX_NOTE_BYTES) throw new ProtocolError('bad_length', 'the note is too long')
  const padded = new Uint8Array(Math.ceil((text.length + 1) / NOTE_BLOCK) * NOTE_BLOCK)
  padded.set(text)
  padded[text.length] = 0x80
  checkLength(nonce, NOTE_NONCE_BYTES, 'note nonce')
  return concatBytes([nonce, sodium.crypto_secretbox_easy(padded, nonce, noteKey)])
}

export function openNote(sodium: Sodium, noteKey: Uint8Array, sealed: Uint8Array): string {
  if (!isNoteCiphertextSize(sealed.length)) throw new ProtocolError('bad_length', 'bad note size')
  let padded: Uint8Array
  try {
    padded = sodium.crypto_secretbox_open_easy(
      sealed.subarray(NOTE_NONCE_BYTES),
      sealed.subarray(0, NOTE_NONCE_BYTES),
      noteKey,
    )
  } catch {
    throw new DecryptionError('decryption_failed', 'the note does not open with this link')
  }
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end--
  if (end < 0 || padded[end] !== 0x80) throw new ProtocolError('bad_padding', 'bad note padding')
  return decodeUtf8(padded.subarray(0, end))
}

/** What the server checks of a note without the key: its length is one of the padded sizes. */
export function isNoteCiphertextSize(size: number): boolean {
  const body = size - NOTE_NONCE_BYTES - NOTE_MAC_BYTES
  return body >= NOTE_BLOCK && body % NOTE_BLOCK === 0 && size <= MAX_NOTE_CIPHERTEXT_BYTES
}

/** Seals an answer's link key to the requester's public key (crypto_box_seal). */
export function sealAnswerKey(
  sodium: Sodium,
  linkKey: Uint8Array,
  publicKey: Uint8Array,
): Uint8Array {
  checkLength(linkKey, 32, 'link key')
  checkLength(publicKey, BOX_KEY_BYTES, 'public key')
  return sodium.crypto_box_seal(linkKey, publicKey)
}

/** Opens a sealed link key; DecryptionError when the key pair is not the one it was sealed to. */
export function openAnswerKey(sodium: Sodium, sealed: Uint8Array, pair: BoxKeyPair): Uint8Array {
  checkLength(sealed, SEALED_KEY_BYTES, 'sealed key')
  try {
    return sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey)
  } catch {
    throw new DecryptionError('decryption_failed', 'this answer was sealed to another key')
  }
}

function checkLength(bytes: Uint8Array, length: number, what: string): void {
  if (bytes.length !== length)
    throw new ProtocolError('bad_length', `${what} must be ${length} bytes`)
}
