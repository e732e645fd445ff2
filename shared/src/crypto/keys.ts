import { encodeUtf8 } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import { sha256 } from './sha256.js'
import type { KdfParams } from '../envelope/header.js'
import { KDF_ARGON2ID13 } from '../envelope/header.js'
import type { Sodium } from '../sodium.js'

export const LINK_KEY_BYTES = 32
export const TOKEN_BYTES = 32

/** crypto_kdf contexts: exactly 8 bytes each, one per purpose (domain separation). */
const CTX_ACCESS = 'hlv1_acc'
const CTX_ENCRYPT = 'hlv1_enc'
const CTX_PASS = 'hlv1_pas'
const ROOT_LABEL = encodeUtf8('hushlink/v1/root')

export interface SecretKeys {
  /** Proves possession of the link; its SHA-256 is the server's access verifier. */
  readonly accessToken: Uint8Array
  /** secretstream key. */
  readonly encKey: Uint8Array
  /** Proves knowledge of the passphrase; null when the secret has none. */
  readonly passToken: Uint8Array | null
}

/**
 * The key schedule (docs/protocol.md §Key schedule). The passphrase, when set,
 * is stretched with Argon2id and mixed into the root key, so it protects the
 * ciphertext itself and not only the server's gate.
 */
export function deriveKeys(
  sodium: Sodium,
  linkKey: Uint8Array,
  passphrase: { readonly text: string; readonly kdf: KdfParams } | null,
): SecretKeys {
  if (linkKey.length !== LINK_KEY_BYTES)
    throw new ProtocolError('bad_link', 'link key must be 32 bytes')
  const accessToken = sodium.crypto_kdf_derive_from_key(TOKEN_BYTES, 1, CTX_ACCESS, linkKey)
  let rootInput = ROOT_LABEL
  let stretched: Uint8Array | null = null
  if (passphrase) {
    stretched = stretchPassphrase(sodium, passphrase.text, passphrase.kdf)
    rootInput = new Uint8Array(ROOT_LABEL.length + stretched.length)
    rootInput.set(ROOT_LABEL)
    rootInput.set(stretched, ROOT_LABEL.length)
  }
  const root = sodium.crypto_generichash(32, rootInput, linkKey)
  const encKey = sodium.crypto_kdf_derive_from_key(32, 1, CTX_ENCRYPT, root)
  const passToken = passphrase
    ? sodium.crypto_kdf_derive_from_key(TOKEN_BYTES, 2, CTX_PASS, root)
    : null
  sodium.memzero(root)
  if (stretched) {
    sodium.memzero(stretched)
    sodium.memzero(rootInput)
  }
  return { accessToken, encKey, passToken }
}

function stretchPassphrase(sodium: Sodium, text: string, kdf: KdfParams): Uint8Array {
  const pwhash = (sodium as Partial<Pick<SodiumWithPwhashFn, 'crypto_pwhash'>>).crypto_pwhash
  if (!pwhash) throw new Error('passphrases need the libsodium sumo build (loadSodiumWithPwhash)')
  return pwhash(
    32,
    encodeUtf8(text.normalize('NFC')),
    kdf.salt,
    kdf.ops,
    kdf.memKib * 1024,
    KDF_ARGON2ID13,
  )
}

interface SodiumWithPwhashFn {
  crypto_pwhash(
    keyLength: number,
    password: Uint8Array,
    salt: Uint8Array,
    opsLimit: number,
    memLimit: number,
    algorithm: number,
  ): Uint8Array
}

/** What the server stores instead of a token: SHA-256, compared in constant time. */
export function verifierOf(token: Uint8Array): Uint8Array {
  return sha256(token)
}
