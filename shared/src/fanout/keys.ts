import { concatBytes, decodeUtf8, encodeUtf8 } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import { verifierOf } from '../crypto/keys.js'
import type { Sodium } from '../sodium.js'

/** Fewest and most links one fan-out secret has (docs/protocol.md §10). */
export const FAN_OUT_MIN = 2
export const FAN_OUT_MAX = 50
/** A link secret `L_i`: 32 random bytes, one per link. */
export const LINK_SECRET_BYTES = 32
/** Longest label in UTF-8 bytes: with its padding marker it fills one 64-byte block. */
export const LABEL_MAX_BYTES = 63
const LABEL_PADDED_BYTES = 64
const NONCE_BYTES = 24
const TAG_BYTES = 16
/** nonce ‖ XChaCha20-Poly1305 of the padded label: every label has this length. */
export const SEALED_LABEL_BYTES = NONCE_BYTES + LABEL_PADDED_BYTES + TAG_BYTES

/** crypto_kdf contexts of §10, 8 bytes each. */
const CTX_LINK = 'hlv1_lnk'
const CTX_LABEL = 'hlv1_lbl'
const LABEL_AD = encodeUtf8('hushlink/v1/label')

/**
 * Link `index`'s access token: a claim of that link presents it, the server
 * keeps its SHA-256. The index is the KDF's subkey id, so one link secret
 * never answers for another position.
 */
export function linkToken(sodium: Sodium, linkSecret: Uint8Array, index: number): Uint8Array {
  checkIndex(index)
  if (linkSecret.length !== LINK_SECRET_BYTES) {
    throw new ProtocolError('bad_link', 'a link secret must be 32 bytes')
  }
  return sodium.crypto_kdf_derive_from_key(32, index, CTX_LINK, linkSecret)
}

export function linkVerifier(sodium: Sodium, linkSecret: Uint8Array, index: number): Uint8Array {
  return verifierOf(linkToken(sodium, linkSecret, index))
}

/** The key of the labels: only the receipt token, which only the creator holds, gives it. */
export function labelKey(sodium: Sodium, receiptToken: Uint8Array): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(32, 1, CTX_LABEL, receiptToken)
}

/** Associated data of label `index` of secret `idBytes`: a label opens only in its place. */
function labelAd(idBytes: Uint8Array, index: number): Uint8Array {
  return concatBytes([LABEL_AD, idBytes, Uint8Array.of(index)])
}

/** Whether `label` fits (1–63 UTF-8 bytes after NFC); the form checks with this before sending. */
export function isLabel(label: string): boolean {
  const bytes = encodeUtf8(label.normalize('NFC')).length
  return bytes >= 1 && bytes <= LABEL_MAX_BYTES
}

/**
 * nonce(24) ‖ crypto_aead_xchacha20poly1305_ietf_encrypt(pad(label), ad, nonce, key):
 * 104 bytes whatever the label, so the server learns nothing from the length.
 */
export function sealLabel(
  sodium: Sodium,
  key: Uint8Array,
  idBytes: Uint8Array,
  index: number,
  label: string,
  nonce: Uint8Array = sodium.randombytes_buf(NONCE_BYTES),
): Uint8Array {
  checkIndex(index)
  if (!isLabel(label)) {
    throw new ProtocolError('bad_label', `a label is 1 to ${LABEL_MAX_BYTES} bytes of UTF-8`)
  }
  const text = encodeUtf8(label.normalize('NFC'))
  const padded = new Uint8Array(LABEL_PADDED_BYTES)
  padded.set(text)
  padded[text.length] = 0x80
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    padded,
    labelAd(idBytes, index),
    null,
    nonce,
    key,
  )
  return concatBytes([nonce, sealed])
}

/** The label, or `bad_label` when it does not open (another secret, place or key, or altered). */
export function openLabel(
  sodium: Sodium,
  key: Uint8Array,
  idBytes: Uint8Array,
  index: number,
  sealed: Uint8Array,
): string {
  if (sealed.length !== SEALED_LABEL_BYTES) throw badLabel()
  let padded: Uint8Array
  try {
    padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sealed.subarray(NONCE_BYTES),
      labelAd(idBytes, index),
      sealed.subarray(0, NONCE_BYTES),
      key,
    )
  } catch {
    throw badLabel()
  }
  const end = padded.lastIndexOf(0x80)
  if (end < 1 || padded.subarray(end + 1).some((b) => b !== 0)) throw badLabel()
  try {
    return decodeUtf8(padded.subarray(0, end))
  } catch {
    throw badLabel()
  }
}

function badLabel(): ProtocolError {
  return new ProtocolError('bad_label', 'the label does not open with this receipt')
}

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 1 || index > FAN_OUT_MAX) {
    throw new ProtocolError('bad_link', `a link number is 1 to ${FAN_OUT_MAX}`)
  }
}
